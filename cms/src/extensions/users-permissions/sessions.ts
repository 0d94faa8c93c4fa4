/**
 * Sessions of users-permissions' refresh mode. A "remembered" login is a `refresh` session
 * (30 days); otherwise a `session` one (2 hours without activity, 1 day at most). Lifespans
 * are set in config/plugins.ts.
 */
import type { Core } from '@strapi/strapi';
import { uids } from '../../db';

export interface IssuedSession {
  jwt: string;
  refreshToken: string;
  remember: boolean;
}

export async function openSession(strapi: Core.Strapi, userId: number, remember: boolean): Promise<IssuedSession> {
  const manager = strapi.sessionManager('users-permissions');
  const refresh = await manager.generateRefreshToken(String(userId), undefined, {
    type: remember ? 'refresh' : 'session',
  });
  const access = await manager.generateAccessToken(refresh.token);
  if ('error' in access) throw new Error('could not issue an access token');
  return { jwt: access.token, refreshToken: refresh.token, remember };
}

/** Closes every session of the member: after a password change or reset. */
export async function closeAllSessions(strapi: Core.Strapi, userId: number): Promise<void> {
  await strapi.sessionManager('users-permissions').invalidateRefreshToken(String(userId));
}

const ORIGIN = 'users-permissions';
/** A refreshed session stays `rotated` until it expires; its access tokens live at most 10 minutes (config/plugins.ts). */
export const LIVE_STATUSES: readonly string[] = ['active', 'rotated'];

interface SessionRow {
  sessionId: string;
  childId: string | null;
  userId: string;
  origin: string;
  status: string | null;
  expiresAt: string | Date;
}

/** Whether an access token's session may still be used: the member's own, live, not expired. */
export async function sessionAlive(strapi: Core.Strapi, sessionId: string, userId?: string): Promise<boolean> {
  const session = (await strapi.db.query(uids.session).findOne({ where: { sessionId } })) as SessionRow | null;
  if (!session || session.origin !== ORIGIN) return false;
  if (userId !== undefined && session.userId !== userId) return false;
  if (!LIVE_STATUSES.includes(session.status ?? 'active')) return false;
  return new Date(session.expiresAt) > new Date();
}

/**
 * Logout: the session and every one it was refreshed from or into. Strapi's own logout
 * deletes the current link only, which left the access tokens of its parents valid.
 */
export async function revokeSessionFamily(strapi: Core.Strapi, userId: number, sessionIds: string[]): Promise<void> {
  const sessions = strapi.db.query(uids.session);
  const owner = { origin: ORIGIN, userId: String(userId) };
  const family = new Set(sessionIds);
  let frontier = [...family];
  while (frontier.length > 0) {
    const linked = (await sessions.findMany({
      where: { ...owner, $or: [{ sessionId: { $in: frontier } }, { childId: { $in: frontier } }] },
      select: ['sessionId', 'childId'],
    })) as Array<Pick<SessionRow, 'sessionId' | 'childId'>>;
    frontier = [];
    for (const row of linked) {
      for (const id of [row.sessionId, row.childId]) {
        if (id && !family.has(id)) {
          family.add(id);
          frontier.push(id);
        }
      }
    }
  }
  if (family.size > 0) await sessions.deleteMany({ where: { ...owner, sessionId: { $in: [...family] } } });
}

/**
 * Deletes the members' sessions that can no longer serve: refreshed longer ago than an access
 * token lives (its refresh token is refused, its access tokens have expired), or past their end.
 * Strapi keeps a refreshed one until it ends, up to 30 days, and deletes ended ones only now and
 * then, at a login: each page a member opens after ten minutes adds one. Returns how many.
 */
export async function sweepSessions(strapi: Core.Strapi, now = new Date()): Promise<number> {
  const accessSeconds = Number(strapi.config.get('plugin::users-permissions.sessions.accessTokenLifespan'));
  if (!Number.isFinite(accessSeconds)) throw new Error('sessions.accessTokenLifespan is not set (config/plugins.ts)');
  const refreshedBefore = new Date(now.getTime() - accessSeconds * 1000);
  const { count } = await strapi.db.query(uids.session).deleteMany({
    where: {
      origin: ORIGIN,
      $or: [
        { status: 'rotated', updatedAt: { $lt: refreshedBefore } },
        { expiresAt: { $lt: now } },
        { absoluteExpiresAt: { $lt: now } },
      ],
    },
  });
  return count;
}

/**
 * How the member's own routes (/api/me/*) know who is calling: the same checks as
 * users-permissions' own strategy, in fewer steps. Each of these requests used to pay for an
 * API-token lookup (a member's token is never one), the plugin's settings, the account read
 * twice, and the role's permissions turned into a fresh CASL ability; here the access token is
 * verified as Strapi's session manager does (signature, expiry, "access" type) with its secret
 * parsed once; its session (still open) and the account (existing, confirmed, not blocked)
 * with its role are read in one query; and the route's permission is looked up in the role's
 * permissions, kept 10 seconds by each instance (a change in the admin reaches every instance
 * within that time; the session and the account are read each time, so a logout or a block is not).
 * Named like the plugin's strategy: for the rest of the app, it is the member's login.
 * Kept because the benchmark shows it halves Strapi's work on a member page (docs/performance.md).
 */
import { createSecretKey, type KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { columnOf, joinTableOf, tableOf, uids } from '../../db';
import { LIVE_STATUSES } from './sessions';

const ORIGIN = 'users-permissions';
export const ROLE_PERMISSIONS_TTL_MS = 10_000;

const rolePermissions = new Map<number, { until: number; actions: Promise<Set<string>> }>();

function app(): Core.Strapi {
  return (globalThis as unknown as { strapi: Core.Strapi }).strapi;
}

/** The actions a role may perform; a permission changed in the admin applies within 10 seconds. */
function actionsOf(roleId: number): Promise<Set<string>> {
  const cached = rolePermissions.get(roleId);
  if (cached && cached.until > Date.now()) return cached.actions;
  const actions = app()
    .db.query(uids.role)
    .load({ id: roleId }, 'permissions')
    .then((permissions) => new Set((permissions as Array<{ action: string }>).map((p) => p.action)));
  rolePermissions.set(roleId, { until: Date.now() + ROLE_PERMISSIONS_TTL_MS, actions });
  actions.catch(() => rolePermissions.delete(roleId));
  return actions;
}

/** For tests that change a role's permissions. */
export function forgetRolePermissions(): void {
  rolePermissions.clear();
}

interface OriginConfig {
  jwtSecret?: string;
  algorithm?: string;
  jwtOptions?: jwt.VerifyOptions;
}

interface SessionManager {
  sessionManager: { getConfigForOrigin: (origin: string) => OriginConfig };
  validateAccessToken: (token: string) => { isValid: boolean; payload: AccessToken | null };
}

interface AccessToken {
  type?: string;
  userId?: string | number;
  sessionId?: string;
}

let secretKey: { secret: string; key: KeyObject } | null = null;

/**
 * The session manager's own check of an access token, but with the secret turned into a key
 * once: given the raw string, jsonwebtoken first tries it as a public key and throws, on every
 * request (a sixth of Strapi's time on a member page).
 */
function accessToken(manager: SessionManager, token: string): AccessToken | null {
  const config = manager.sessionManager.getConfigForOrigin(ORIGIN);
  const algorithm = (config.algorithm ?? 'HS256') as jwt.Algorithm;
  if (!algorithm.startsWith('HS') || !config.jwtSecret) {
    const result = manager.validateAccessToken(token);
    return result.isValid ? result.payload : null;
  }
  if (secretKey?.secret !== config.jwtSecret)
    secretKey = { secret: config.jwtSecret, key: createSecretKey(Buffer.from(config.jwtSecret, 'utf8')) };
  try {
    const payload = jwt.verify(token, secretKey.key, { ...config.jwtOptions, algorithms: [algorithm] }) as
      AccessToken | string;
    return typeof payload === 'object' && payload.type === 'access' ? payload : null;
  } catch {
    return null;
  }
}

export interface Context {
  request: { header: { authorization?: string } };
  state: Record<string, unknown>;
}

export interface Member {
  id: number;
  email: string;
  blocked?: boolean | null;
  confirmed?: boolean | null;
  role?: { id: number } | null;
}

interface LoginRow {
  id: number;
  email: string;
  blocked: unknown;
  confirmed: unknown;
  role_id: number | null;
  expires_at: unknown;
  status: string | null;
}

/**
 * The account, its role and the token's session in one round trip (they were three: on this
 * kind of machine each round trip to the database costs more than the query itself). The
 * session must be the member's own, from this origin, and not expired, as the session
 * manager's isSessionActive checks it.
 */
async function memberWithSession(userId: number, sessionId: string): Promise<Member | null> {
  const strapi = app();
  const role = joinTableOf(strapi, uids.user, 'role');
  const session = (attribute: string) => `s.${columnOf(strapi, uids.session, attribute)}`;
  const user = (attribute: string) => `u.${columnOf(strapi, uids.user, attribute)}`;
  const row = (await strapi.db
    .connection(`${tableOf(strapi, uids.user)} as u`)
    .leftJoin(`${role.name} as r`, `r.${role.joinColumn.name}`, 'u.id')
    .crossJoin(strapi.db.connection.raw('?? as s', [tableOf(strapi, uids.session)]))
    .where('u.id', userId)
    .andWhere(session('sessionId'), sessionId)
    .andWhere(session('origin'), ORIGIN)
    .andWhere(session('userId'), String(userId))
    .first(
      'u.id',
      { email: user('email') },
      { blocked: user('blocked') },
      { confirmed: user('confirmed') },
      { role_id: `r.${role.inverseJoinColumn.name}` },
      { expires_at: session('expiresAt') },
      { status: session('status') },
    )) as LoginRow | undefined;
  if (!row || !(new Date(row.expires_at as string | number | Date) > new Date())) return null;
  if (!LIVE_STATUSES.includes(row.status ?? 'active')) return null;
  return {
    id: Number(row.id),
    email: row.email,
    blocked: Boolean(row.blocked),
    confirmed: Boolean(row.confirmed),
    role: row.role_id === null ? null : { id: Number(row.role_id) },
  };
}

export const memberStrategy = {
  name: 'users-permissions',

  async authenticate(ctx: Context) {
    const bearer = /^Bearer\s+(\S+)$/i.exec(ctx.request.header.authorization ?? '')?.[1];
    if (!bearer) return { authenticated: false };
    const manager = app().sessionManager(ORIGIN) as unknown as SessionManager;
    const token = accessToken(manager, bearer);
    const userId = Number(token?.userId);
    // Every access token belongs to a session (refresh mode); a closed session closes its tokens at once.
    if (!token?.sessionId || !Number.isInteger(userId)) return { authenticated: false };
    const user = await memberWithSession(userId, token.sessionId);
    if (!user) return { authenticated: false };
    if (user.blocked || !user.confirmed || !user.role) return { error: 'Invalid credentials' };
    ctx.state.user = user;
    ctx.state.session = { id: token.sessionId };
    return { authenticated: true, credentials: user, ability: null };
  },

  async verify(auth: { credentials?: Member | null }, config: { scope?: string | string[] } = {}) {
    const user = auth.credentials;
    if (!user?.role) throw new errors.UnauthorizedError();
    const scopes = config.scope === undefined ? [] : Array.isArray(config.scope) ? config.scope : [config.scope];
    const allowed = await actionsOf(user.role.id);
    if (!scopes.every((scope) => allowed.has(scope))) throw new errors.ForbiddenError();
  },
};

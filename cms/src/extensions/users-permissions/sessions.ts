/**
 * Sessions of users-permissions' refresh mode. A "remembered" login is a `refresh` session
 * (30 days); otherwise a `session` one (2 hours without activity, 1 day at most). Lifespans
 * are set in config/plugins.ts.
 */
import type { Core } from '@strapi/strapi';

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

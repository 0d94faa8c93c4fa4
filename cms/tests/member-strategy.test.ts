import path from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { api, loginAs, loginSession } from './harness/http';
import { useStrapi } from './harness/strapi';

const strapi = useStrapi();
const MEMBER = 'marie.dupont@exemple.fr';

/** The cache of role permissions lives in the compiled app Strapi runs, not in these sources. */
function forgetRolePermissions(): void {
  const require = createRequire(import.meta.url);
  const strategy = require(path.resolve(__dirname, '../dist/src/extensions/users-permissions/member-strategy.js')) as {
    forgetRolePermissions: () => void;
  };
  strategy.forgetRolePermissions();
}

async function userIdOf(email: string): Promise<number> {
  const user = await strapi.current.strapi.db.query('plugin::users-permissions.user').findOne({ where: { email } });
  return Number(user.id);
}

const account = (token?: string) => api(strapi.current.baseUrl, '/api/me/account', token ? { token } : {});

describe('l’accès aux routes du membre (/api/me)', () => {
  it('refuse un visiteur, un jeton inventé, un jeton d’API et un jeton signé d’une autre clé', async () => {
    expect((await account()).status).toBe(401);
    expect((await account('pas-un-jeton')).status).toBe(401);
    expect((await account('a'.repeat(256))).status).toBe(401);
    const forged =
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpZCI6MSwiaWF0IjoxNzAwMDAwMDAwLCJleHAiOjQwMDAwMDAwMDB9.' +
      'c2lnbmF0dXJlLWludmVudGVlLXBhci1sZS1waXJhdGU';
    expect((await account(forged)).status).toBe(401);
  });

  it('accepte le jeton d’un membre, et plus après sa déconnexion ; son jeton de renouvellement n’ouvre rien', async () => {
    const session = await loginSession(strapi.current.baseUrl, MEMBER);
    expect((await account(session.jwt)).status).toBe(200);
    expect((await account(session.refreshToken)).status).toBe(401);
    const logout = await api(strapi.current.baseUrl, '/api/auth/logout', {
      method: 'POST',
      token: session.jwt,
      body: { refreshToken: session.refreshToken },
    });
    expect(logout.status).toBeLessThan(300);
    expect((await account(session.jwt)).status).toBe(401);
  });

  it('refuse un jeton dont la session a expiré, ou dont la session est celle d’un autre membre', async () => {
    const session = await loginSession(strapi.current.baseUrl, MEMBER);
    const other = await loginSession(strapi.current.baseUrl, 'jean.martin@exemple.fr');
    const sessions = strapi.current.strapi.db.query('admin::session');
    const sessionIdOf = (jwt: string) =>
      (JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString()) as { sessionId: string }).sessionId;
    const mine = await sessions.findOne({ where: { sessionId: sessionIdOf(session.jwt) } });
    expect((await account(session.jwt)).status).toBe(200);
    // The other member's session, handed to Marie's account: the session no longer matches the token.
    await sessions.update({
      where: { id: mine.id },
      data: { userId: String(await userIdOf('jean.martin@exemple.fr')) },
    });
    expect((await account(session.jwt)).status).toBe(401);
    await sessions.update({
      where: { id: mine.id },
      data: { userId: mine.userId, expiresAt: new Date(Date.now() - 1000) },
    });
    expect((await account(session.jwt)).status).toBe(401);
    expect((await account(other.jwt)).status).toBe(200);
  });

  it('refuse aussitôt un compte bloqué, même avec un jeton encore valide', async () => {
    const token = await loginAs(strapi.current.baseUrl, MEMBER);
    const users = strapi.current.strapi.db.query('plugin::users-permissions.user');
    const user = await users.findOne({ where: { email: MEMBER } });
    // Straight to the column: the account itself says "blocked", whatever closed or not its sessions.
    await users.update({ where: { id: user.id }, data: { blocked: true } });
    try {
      expect((await account(token)).status).toBe(401);
    } finally {
      await users.update({ where: { id: user.id }, data: { blocked: false } });
    }
  });

  it('refuse une route dont le rôle n’a pas (ou plus) la permission', async () => {
    const token = await loginAs(strapi.current.baseUrl, MEMBER);
    const permissions = strapi.current.strapi.db.query('plugin::users-permissions.permission');
    const permission = await permissions.findOne({ where: { action: 'api::me.me.account' }, populate: { role: true } });
    expect(permission?.role?.type).toBe('authenticated');
    await permissions.delete({ where: { id: permission.id } });
    forgetRolePermissions();
    try {
      expect((await account(token)).status).toBe(403);
    } finally {
      await permissions.create({ data: { action: 'api::me.me.account', role: permission.role.id } });
      forgetRolePermissions();
    }
    expect((await account(token)).status).toBe(200);
  });
});

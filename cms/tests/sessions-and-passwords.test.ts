/**
 * F5 and F9 of the intrusion test: a password set behind the member's back, and tokens that
 * outlive a logout. Whoever changes a password, every session of the account closes, the
 * member is told and the journal says so; a volunteer cannot set one at all; a logout closes
 * every token of the session, including those issued before its last refresh.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { adminAs } from './harness/admin';
import { testHooks } from './harness/hooks';
import { api, loginSession } from './harness/http';
import { useStrapi } from './harness/strapi';
import { DEMO_MEMBER_PASSWORD } from '../src/bootstrap/demo-content.fr';

const strapi = useStrapi();
beforeEach(() => strapi.current.inbox.clear());

const USERS = '/content-manager/collection-types/plugin::users-permissions.user';
const NEW_PASSWORD = 'Autre-Faience-2027-bleu';

async function accountOf(email: string) {
  return (await strapi.current.strapi.db
    .query('plugin::users-permissions.user')
    .findOne({ where: { email }, select: ['id', 'documentId'] })) as { id: number; documentId: string };
}

const known = async (jwt: string) => (await api(strapi.current.baseUrl, '/api/me/account', { token: jwt })).status;
const knownByPlugin = async (jwt: string) =>
  (await api(strapi.current.baseUrl, '/api/users/me', { token: jwt })).status;
const refreshes = async (refreshToken: string) =>
  (await api(strapi.current.baseUrl, '/api/auth/refresh', { method: 'POST', body: { refreshToken } })).status;

describe('Se déconnecter ferme toute la session (F9)', () => {
  it('après un renouvellement puis « Se déconnecter », aucun jeton d’avant ni d’après ne sert plus', async () => {
    const first = await loginSession(strapi.current.baseUrl, 'jean.martin@exemple.fr');
    const renewed = await api<{ jwt: string; refreshToken: string }>(strapi.current.baseUrl, '/api/auth/refresh', {
      method: 'POST',
      body: { refreshToken: first.refreshToken },
    });
    expect(renewed.status).toBe(200);
    const second = renewed.body;
    expect(await known(first.jwt)).toBe(200);
    const logout = await api(strapi.current.baseUrl, '/api/auth/logout', {
      method: 'POST',
      token: second.jwt,
      body: { refreshToken: second.refreshToken },
    });
    expect(logout.status).toBe(200);
    for (const jwt of [first.jwt, second.jwt]) {
      expect(await known(jwt)).toBe(401);
      expect(await knownByPlugin(jwt)).toBe(401);
    }
    expect(await refreshes(first.refreshToken)).toBe(401);
    expect(await refreshes(second.refreshToken)).toBe(401);
  });

  it('se déconnecter sur un appareil laisse les autres connectés', async () => {
    const phone = await loginSession(strapi.current.baseUrl, 'jean.martin@exemple.fr');
    const computer = await loginSession(strapi.current.baseUrl, 'jean.martin@exemple.fr');
    await api(strapi.current.baseUrl, '/api/auth/logout', {
      method: 'POST',
      token: phone.jwt,
      body: { refreshToken: phone.refreshToken },
    });
    expect(await known(phone.jwt)).toBe(401);
    expect(await known(computer.jwt)).toBe(200);
  });
});

describe('Un mot de passe changé par n’importe quel chemin ferme les sessions et prévient le membre (F5)', () => {
  it('une bénévole ne peut pas fixer le mot de passe d’un membre depuis l’administration', async () => {
    const token = await adminAs(strapi.current, 'aec-benevole', 'benevole.motdepasse@exemple.fr');
    const claire = await accountOf('claire.lefevre@exemple.fr');
    const session = await loginSession(strapi.current.baseUrl, 'claire.lefevre@exemple.fr');
    await api(strapi.current.baseUrl, `${USERS}/${claire.documentId}`, {
      method: 'PUT',
      token,
      body: { password: NEW_PASSWORD },
    });
    // The member's password is unchanged, her session open, no mail sent.
    const withNew = await api(strapi.current.baseUrl, '/api/auth/local', {
      method: 'POST',
      body: { identifier: 'claire.lefevre@exemple.fr', password: NEW_PASSWORD },
    });
    expect(withNew.status).toBe(400);
    await loginSession(strapi.current.baseUrl, 'claire.lefevre@exemple.fr', { password: DEMO_MEMBER_PASSWORD });
    expect(await known(session.jwt)).toBe(200);
    // The field is not even offered to her.
    const permissions = await strapi.current.strapi.db.query('admin::permission').findMany({
      where: { subject: 'plugin::users-permissions.user', role: { code: 'aec-benevole' } },
    });
    for (const permission of permissions as Array<{ properties?: { fields?: string[] } }>) {
      expect(permission.properties?.fields ?? []).not.toContain('password');
    }
  });

  it('le technicien qui change un mot de passe ferme toutes les sessions du membre, qui reçoit un courriel, et le journal le note', async () => {
    const login = await api<{ data: { token: string } }>(strapi.current.baseUrl, '/admin/login', {
      method: 'POST',
      body: { email: 'admin@exemple.fr', password: 'Admin-AEC-demo-2026' },
    });
    const marie = await accountOf('marie.dupont@exemple.fr');
    const thief = await loginSession(strapi.current.baseUrl, 'marie.dupont@exemple.fr', { remember: true });
    const changed = await api(strapi.current.baseUrl, `${USERS}/${marie.documentId}`, {
      method: 'PUT',
      token: login.body.data.token,
      body: { password: NEW_PASSWORD },
    });
    expect(changed.status).toBe(200);
    expect(await known(thief.jwt)).toBe(401);
    expect(await refreshes(thief.refreshToken)).toBe(401);
    const mail = await strapi.current.inbox.waitFor('marie.dupont@exemple.fr');
    expect(mail.subject).toBe('Votre mot de passe a été modifié');
    const entries = await strapi.current.strapi.db.query('api::member-change.member-change').findMany({
      where: { subject: 'compte', profile: { user: marie.id } },
    });
    expect(entries.length).toBeGreaterThan(0);
    // Put back for the other tests.
    await strapi.current.strapi.plugin('users-permissions').service('user').edit(marie.id, {
      password: DEMO_MEMBER_PASSWORD,
    });
  });
});

/** The session an access token belongs to (its payload says so). */
function sessionIdOf(jwt: string): string {
  return (JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString('utf8')) as { sessionId: string }).sessionId;
}

describe('Les sessions qui ne servent plus ne s’accumulent pas', () => {
  it('la passe horaire efface une session renouvelée depuis plus de dix minutes, jamais celle en cours ni d’à l’instant', async () => {
    const hooks = testHooks();
    const first = await loginSession(strapi.current.baseUrl, 'claire.lefevre@exemple.fr');
    const renewed = await api<{ jwt: string; refreshToken: string }>(strapi.current.baseUrl, '/api/auth/refresh', {
      method: 'POST',
      body: { refreshToken: first.refreshToken },
    });
    expect(renewed.status).toBe(200);
    const kept = async (jwt: string) =>
      (await strapi.current.strapi.db.query('admin::session').count({ where: { sessionId: sessionIdOf(jwt) } })) === 1;
    // Just refreshed: the older one's access tokens still work, so it stays.
    await hooks.sweepSessions(strapi.current.strapi, new Date());
    expect(await kept(first.jwt)).toBe(true);
    expect(await known(first.jwt)).toBe(200);
    // Eleven minutes on, its access tokens have expired and its refresh token is refused: it goes.
    expect(await hooks.sweepSessions(strapi.current.strapi, new Date(Date.now() + 11 * 60_000))).toBeGreaterThan(0);
    expect(await kept(first.jwt)).toBe(false);
    expect(await kept(renewed.body.jwt)).toBe(true);
    expect(await known(renewed.body.jwt)).toBe(200);
    expect(await refreshes(renewed.body.refreshToken)).toBe(200);
  });
});

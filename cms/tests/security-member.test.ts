import { describe, expect, it } from 'vitest';
import { FORBIDDEN_FOR_MEMBERS } from '../src/bootstrap/permissions';
import { api, loginAs, REFUSED } from './harness/http';
import { useStrapi } from './harness/strapi';

const strapi = useStrapi();

const MEMBER_A = 'marie.dupont@exemple.fr';
const MEMBER_B = 'jean.martin@exemple.fr';

async function userId(email: string): Promise<number> {
  const user = await strapi.current.strapi.db.query('plugin::users-permissions.user').findOne({ where: { email } });
  return user.id as number;
}

describe('un membre connecté', () => {
  it('n’a jamais les droits dangereux de users-permissions', async () => {
    const role = await strapi.current.strapi.db
      .query('plugin::users-permissions.role')
      .findOne({ where: { type: 'authenticated' } });
    const permissions = await strapi.current.strapi.db
      .query('plugin::users-permissions.permission')
      .findMany({ where: { role: role.id } });
    const actions = permissions.map((permission) => permission.action as string);
    for (const action of FORBIDDEN_FOR_MEMBERS) expect(actions).not.toContain(action);
  });

  it('ne peut pas modifier un compte par PUT /api/users/:id, ni le sien ni celui d’un autre, ni changer son rôle', async () => {
    const token = await loginAs(strapi.current.baseUrl, MEMBER_A);
    const adminRole = await strapi.current.strapi.db
      .query('plugin::users-permissions.role')
      .findOne({ where: { type: 'public' } });
    for (const id of [await userId(MEMBER_A), await userId(MEMBER_B)]) {
      const response = await api(strapi.current.baseUrl, `/api/users/${id}`, {
        method: 'PUT',
        token,
        body: { email: 'pirate@exemple.fr', role: adminRole.id, blocked: false, confirmed: true },
      });
      // The route does not exist any more (404); were it to come back, the permission would still be missing (403).
      expect(REFUSED).toContain(response.status);
    }
    expect(
      await strapi.current.strapi.db
        .query('plugin::users-permissions.user')
        .count({ where: { email: 'pirate@exemple.fr' } }),
    ).toBe(0);
  });

  it('ne peut pas lister les comptes ni lire celui d’un autre', async () => {
    const token = await loginAs(strapi.current.baseUrl, MEMBER_A);
    for (const path of ['/api/users', `/api/users/${await userId(MEMBER_B)}`, '/api/users/count']) {
      const response = await api(strapi.current.baseUrl, path, { token });
      expect(REFUSED, path).toContain(response.status);
      expect(JSON.stringify(response.body), path).not.toContain('@exemple.fr');
    }
  });

  it('ne peut pas lire la fiche membre ni les cotisations d’un autre', async () => {
    const token = await loginAs(strapi.current.baseUrl, MEMBER_A);
    const other = await strapi.current.strapi
      .documents('api::member-profile.member-profile')
      .findFirst({ filters: { user: { email: MEMBER_B } } });
    expect(other).toBeTruthy();
    for (const path of [
      '/api/member-profiles',
      `/api/member-profiles/${other?.documentId}`,
      '/api/dues-payments',
      '/api/second-members',
    ]) {
      const response = await api(strapi.current.baseUrl, path, { token });
      expect(REFUSED, path).toContain(response.status);
      expect(JSON.stringify(response.body), path).not.toContain('Martin');
    }
    for (const method of ['PUT', 'DELETE']) {
      const response = await api(strapi.current.baseUrl, `/api/member-profiles/${other?.documentId}`, {
        method,
        token,
        body: { data: { lastName: 'Pirate' } },
      });
      expect(REFUSED).toContain(response.status);
    }
    const after = await strapi.current.strapi
      .documents('api::member-profile.member-profile')
      .findFirst({ filters: { user: { email: MEMBER_B } } });
    expect(after?.lastName).toBe('Martin');
  });

  it('ne reçoit que sa propre fiche sur /api/me/account, quels que soient les paramètres envoyés', async () => {
    const token = await loginAs(strapi.current.baseUrl, MEMBER_A);
    const otherId = await userId(MEMBER_B);
    for (const path of [
      '/api/me/account',
      `/api/me/account?user=${otherId}`,
      `/api/me/account?filters[user][id]=${otherId}`,
    ]) {
      const response = await api<{ data: { email: string; profile: { lastName: string } } }>(
        strapi.current.baseUrl,
        path,
        { token },
      );
      expect(response.status, path).toBe(200);
      expect(response.body.data.email).toBe(MEMBER_A);
      expect(response.body.data.profile.lastName).toBe('Dupont');
    }
  });

  it('ne voit sur /api/users/me ni mot de passe, ni jeton, ni rôle modifiable', async () => {
    const token = await loginAs(strapi.current.baseUrl, MEMBER_A);
    const response = await api<Record<string, unknown>>(strapi.current.baseUrl, '/api/users/me', { token });
    expect(response.status).toBe(200);
    expect(response.body).not.toHaveProperty('password');
    expect(response.body).not.toHaveProperty('resetPasswordToken');
  });
});

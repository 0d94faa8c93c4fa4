import { beforeEach, describe, expect, it } from 'vitest';
import { adminAs } from './harness/admin';
import { resetHooks } from './harness/hooks';
import { api, loginSession, type StrapiErrorBody } from './harness/http';
import { useStrapi } from './harness/strapi';

const strapi = useStrapi();
beforeEach(() => resetHooks());

const PROFILES = '/content-manager/collection-types/api::member-profile.member-profile';

interface ListBody {
  results: Array<{ documentId: string; lastName: string; accountEmail: string | null; accountBlocked: boolean }>;
}

const volunteer = () => adminAs(strapi.current, 'aec-benevole', 'benevole.liste@exemple.fr');
const settle = () => new Promise((resolve) => setTimeout(resolve, 200));

describe('la liste des membres, pour les bénévoles', () => {
  it('trouve un membre par son adresse e-mail', async () => {
    const token = await volunteer();
    const found = await api<ListBody>(strapi.current.baseUrl, `${PROFILES}?_q=jean.martin`, { token });
    expect(found.status).toBe(200);
    expect(found.body.results.map((row) => row.lastName)).toEqual(['Martin']);
    expect(found.body.results[0]?.accountEmail).toBe('jean.martin@exemple.fr');
  });

  it('filtre les comptes désactivés', async () => {
    const token = await volunteer();
    const blocked = await api<ListBody>(
      strapi.current.baseUrl,
      `${PROFILES}?filters[$and][0][accountBlocked][$eq]=true`,
      { token },
    );
    // Other files of the run may have blocked accounts of their own (an erased member's, say).
    const emails = blocked.body.results.map((row) => row.accountEmail);
    expect(emails).toContain('henri.moreau@exemple.fr');
    expect(emails).not.toContain('jean.martin@exemple.fr');
    expect(blocked.body.results.every((row) => row.accountBlocked)).toBe(true);
  });

  it('désactiver un compte depuis la fiche membre ferme ses sessions ; le réactiver rend tout', async () => {
    const token = await volunteer();
    const session = await loginSession(strapi.current.baseUrl, 'claire.lefevre@exemple.fr');
    const [claire] = (await api<ListBody>(strapi.current.baseUrl, `${PROFILES}?_q=claire.lefevre`, { token })).body
      .results;
    const edit = (accountBlocked: boolean) =>
      api(strapi.current.baseUrl, `${PROFILES}/${claire!.documentId}`, {
        method: 'PUT',
        token,
        body: { accountBlocked },
      });

    expect((await edit(true)).status).toBe(200);
    await settle();
    const user = () =>
      strapi.current.strapi.db
        .query('plugin::users-permissions.user')
        .findOne({ where: { email: 'claire.lefevre@exemple.fr' } });
    expect((await user()).blocked).toBe(true);
    // The session opened before no longer works; logging in says the account is deactivated.
    expect((await api(strapi.current.baseUrl, '/api/me/account', { token: session.jwt })).status).toBe(401);
    const refused = await api<StrapiErrorBody>(strapi.current.baseUrl, '/api/auth/local', {
      method: 'POST',
      body: { identifier: 'claire.lefevre@exemple.fr', password: 'Demo-Ceramique-2026' },
    });
    expect(refused.body.error.details.reason).toBe('blocked');

    expect((await edit(false)).status).toBe(200);
    await settle();
    expect((await user()).blocked).toBe(false);
    const again = await loginSession(strapi.current.baseUrl, 'claire.lefevre@exemple.fr');
    expect((await api(strapi.current.baseUrl, '/api/me/account', { token: again.jwt })).status).toBe(200);
  });

  it('le journal et les relances envoyées se lisent, mais ne se modifient ni ne s’effacent', async () => {
    const token = await volunteer();
    for (const uid of ['api::member-change.member-change', 'api::reminder.reminder']) {
      expect((await api(strapi.current.baseUrl, `/content-manager/collection-types/${uid}`, { token })).status).toBe(
        200,
      );
      const removed = await api(
        strapi.current.baseUrl,
        `/content-manager/collection-types/${uid}/abcdefghijklmnopqrstuvwx`,
        {
          method: 'DELETE',
          token,
        },
      );
      expect(removed.status, uid).toBe(403);
      const created = await api(strapi.current.baseUrl, `/content-manager/collection-types/${uid}`, {
        method: 'POST',
        token,
        body: {},
      });
      expect(created.status, uid).toBe(403);
    }
  });

  it('l’adresse de connexion ne se change pas depuis la fiche membre', async () => {
    const token = await volunteer();
    const [jean] = (await api<ListBody>(strapi.current.baseUrl, `${PROFILES}?_q=jean.martin`, { token })).body.results;
    await api(strapi.current.baseUrl, `${PROFILES}/${jean!.documentId}`, {
      method: 'PUT',
      token,
      body: { accountEmail: 'pirate@exemple.fr' },
    });
    const after = (await api<ListBody>(strapi.current.baseUrl, `${PROFILES}?_q=jean.martin`, { token })).body.results;
    expect(after[0]?.accountEmail).toBe('jean.martin@exemple.fr');
  });
});

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { testHooks } from './harness/hooks';
import { api, loginSession } from './harness/http';
import { useStrapi } from './harness/strapi';

const strapi = useStrapi();

/** The site, as Strapi sees it: counts the notices and the key they carry. */
const notices: Array<{ path: string; key: string | undefined }> = [];
/** Statuses the "site" gives its next answers (then 204). */
const answers: number[] = [];
const site = http.createServer((request, response) => {
  notices.push({ path: request.url ?? '', key: request.headers['x-aec-site-key'] as string | undefined });
  response.writeHead(answers.shift() ?? 204).end();
});

beforeAll(async () => {
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  testHooks().writeNotices.url = `http://127.0.0.1:${(site.address() as AddressInfo).port}/interne/ecritures`;
});
afterAll(async () => {
  await new Promise((resolve) => site.close(resolve));
});

/** Every notice asked for so far, delivered. */
async function delivered(): Promise<number> {
  await new Promise((resolve) => setTimeout(resolve, 50));
  await testHooks().settleWriteNotices();
  return notices.length;
}

beforeEach(async () => {
  await delivered();
  notices.length = 0;
});

/** A member's session; whatever its opening announced is counted out. */
async function loggedIn() {
  const session = await loginSession(strapi.current.baseUrl, 'marie.dupont@exemple.fr');
  await delivered();
  notices.length = 0;
  return session;
}

const renameRubriques = () =>
  strapi.current.strapi.db.query('api::rubrique.rubrique').updateMany({ where: { id: -1 }, data: { name: 'Aucune' } });

describe('Strapi prévient le site de chaque écriture, une fois enregistrée', () => {
  it('une écriture hors transaction : un avis aussitôt, avec le secret partagé, et un autre peu après (Strapi a pu la faire dans sa propre transaction)', async () => {
    await renameRubriques();
    expect(await delivered()).toBe(2);
    expect(notices[0]).toEqual({ path: '/interne/ecritures', key: 'test-internal-api-secret' });
  });

  it('une écriture en SQL direct, hors du moteur de Strapi : des avis aussi', async () => {
    await strapi.current.strapi.db.connection('rubriques').where({ id: -1 }).update({ name: 'Aucune' });
    expect(await delivered()).toBe(2);
  });

  it('dans une transaction : rien avant qu’elle soit validée, un avis après', async () => {
    await strapi.current.strapi.db.transaction(async () => {
      await renameRubriques();
      expect(await delivered()).toBe(0);
    });
    expect(await delivered()).toBe(1);
  });

  it('une transaction annulée : aucun avis', async () => {
    await strapi.current.strapi.db
      .transaction(async () => {
        await renameRubriques();
        throw new Error('annulée');
      })
      .catch(() => undefined);
    expect(await delivered()).toBe(0);
  });

  it('des lectures : aucun avis, ce que le site garde reste valable', async () => {
    const session = await loggedIn();
    expect((await api(strapi.current.baseUrl, '/api/me/account', { token: session.jwt })).status).toBe(200);
    expect((await api(strapi.current.baseUrl, '/api/me/fiches', { token: session.jwt })).status).toBe(200);
    expect(await delivered()).toBe(0);
  });

  it('un renouvellement de session : aucun avis (l’ancienne est seulement marquée, ses jetons valent jusqu’à leur fin)', async () => {
    const session = await loggedIn();
    const renewed = await api(strapi.current.baseUrl, '/api/auth/refresh', {
      method: 'POST',
      body: { refreshToken: session.refreshToken },
    });
    expect(renewed.status).toBe(200);
    expect(await delivered()).toBe(0);
  });

  it('une session fermée (se déconnecter) : un avis', async () => {
    const session = await loggedIn();
    const logout = await api(strapi.current.baseUrl, '/api/auth/logout', {
      method: 'POST',
      token: session.jwt,
      body: { refreshToken: session.refreshToken },
    });
    expect(logout.status).toBe(200);
    expect(await delivered()).toBeGreaterThanOrEqual(1);
  });

  it('un compte bloqué par un bénévole : un avis', async () => {
    const users = strapi.current.strapi.documents('plugin::users-permissions.user');
    const user = await users.findFirst({ filters: { email: 'jean.martin@exemple.fr' } });
    await users.update({ documentId: user!.documentId, data: { blocked: true } as never });
    expect(await delivered()).toBeGreaterThanOrEqual(1);
    await users.update({ documentId: user!.documentId, data: { blocked: false } as never });
  });

  it('« Mot de passe oublié » pour une adresse inscrite, ou une adhésion : aucun avis, dont le moment dirait si l’adresse est connue', async () => {
    strapi.current.inbox.clear();
    const asked = await api(strapi.current.baseUrl, '/api/auth/forgot-password', {
      method: 'POST',
      body: { email: 'marie.dupont@exemple.fr' },
    });
    expect(asked.status).toBe(200);
    // The reset link went out (so its token was written), and the site heard nothing.
    await strapi.current.inbox.waitFor('marie.dupont@exemple.fr');
    expect(await delivered()).toBe(0);

    // A new member's request: the account is created (unconfirmed) and the acknowledgment mail sent.
    const email = `nouvelle.${Date.now()}@exemple.fr`;
    const password = 'Gres-de-Puisaye-1890';
    const joined = await api(strapi.current.baseUrl, '/api/membership/join', {
      method: 'POST',
      body: {
        record: {
          identifiers: { email, civility: 'madame', firstName: 'Anne', lastName: 'Girard' },
          address: { line1: '2 rue des Potiers', postalCode: '58000', city: 'Nevers', country: 'France' },
          secondMember: null,
        },
        password,
        passwordConfirmation: password,
        website: '',
      },
    });
    expect(joined.status, JSON.stringify(joined.body)).toBe(200);
    await strapi.current.inbox.waitFor(email);
    expect(await delivered()).toBe(0);
    const db = strapi.current.strapi.db;
    const user = await db.query('plugin::users-permissions.user').findOne({ where: { email } });
    expect(user).toBeTruthy();
    const profile = await db.query('api::member-profile.member-profile').findOne({ where: { user: user.id } });
    await db.query('api::auth-token.auth-token').deleteMany({ where: { user: user.id } });
    if (profile) await db.query('api::member-profile.member-profile').delete({ where: { id: profile.id } });
    await db.query('plugin::users-permissions.user').delete({ where: { id: user.id } });
  });

  it('un site qui ne répond pas 204 n’est pas compté comme prévenu : l’avis est renvoyé', async () => {
    answers.push(404);
    const sent = testHooks().writeNotices.sent;
    await strapi.current.strapi.db.transaction(() => renameRubriques());
    expect(await delivered()).toBe(2);
    expect(testHooks().writeNotices.sent).toBe(sent + 1);
  });
});

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { testHooks } from './harness/hooks';
import { api, loginSession } from './harness/http';
import { useStrapi } from './harness/strapi';

const strapi = useStrapi();

/** The site, as Strapi sees it: counts the notices and the key they carry. */
const notices: Array<{ path: string; key: string | undefined }> = [];
const site = http.createServer((request, response) => {
  notices.push({ path: request.url ?? '', key: request.headers['x-aec-site-key'] as string | undefined });
  response.writeHead(204).end();
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

const renameRubriques = () =>
  strapi.current.strapi.db.query('api::rubrique.rubrique').updateMany({ where: { id: -1 }, data: { name: 'Aucune' } });

describe('Strapi prévient le site de chaque écriture, une fois enregistrée', () => {
  it('une écriture : un avis, avec le secret partagé, à l’adresse du site', async () => {
    await renameRubriques();
    expect(await delivered()).toBe(1);
    expect(notices[0]).toEqual({ path: '/interne/ecritures', key: 'test-internal-api-secret' });
  });

  it('une écriture en SQL direct, hors du moteur de Strapi : un avis aussi', async () => {
    await strapi.current.strapi.db.connection('rubriques').where({ id: -1 }).update({ name: 'Aucune' });
    expect(await delivered()).toBe(1);
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
    const session = await loginSession(strapi.current.baseUrl, 'marie.dupont@exemple.fr');
    await delivered();
    notices.length = 0;
    expect((await api(strapi.current.baseUrl, '/api/me/account', { token: session.jwt })).status).toBe(200);
    expect((await api(strapi.current.baseUrl, '/api/me/fiches', { token: session.jwt })).status).toBe(200);
    expect(await delivered()).toBe(0);
  });

  it('une session fermée (se déconnecter) : un avis, le site oublie les pages de ce jeton', async () => {
    const session = await loginSession(strapi.current.baseUrl, 'marie.dupont@exemple.fr');
    await delivered();
    notices.length = 0;
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
    await users.update({ documentId: user!.documentId, data: { blocked: false } as never });
    expect(await delivered()).toBeGreaterThanOrEqual(1);
  });
});

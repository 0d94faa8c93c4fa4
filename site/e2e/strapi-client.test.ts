/** The site's Strapi client against the real Strapi of the run, and against real failing servers. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeEach, describe, expect, inject, it } from 'vitest';

async function loadClient(env: Record<string, string>) {
  Object.assign(process.env, env);
  const { vi } = await import('vitest');
  vi.resetModules();
  const content = await import('../src/lib/strapi/content');
  const errors = await import('../src/lib/strapi/errors');
  const cache = await import('../src/lib/strapi/cache');
  cache.clearPublicCache();
  return { ...content, ...errors };
}

describe('le client Strapi du site', () => {
  const silent = http.createServer(() => {
    // never answers: the client must give up after its timeout
  });
  beforeEach(() => {
    delete process.env.STRAPI_TIMEOUT_MS;
  });
  afterAll(() => {
    silent.closeAllConnections();
    silent.close();
  });

  it('lit la page d’accueil, la navigation et les actualités publiées', async () => {
    const client = await loadClient({ STRAPI_URL: inject('strapiUrl') });
    const home = await client.getHomePage();
    expect(home?.title).toBe('Accueil');
    const navigation = await client.getNavigation();
    expect(navigation.map((item) => [item.slug, item.children.map((child) => child.slug)])).toEqual([
      ['association', ['colloques']],
    ]);
    const articles = await client.getLatestArticles(2);
    expect(articles).toHaveLength(2);
    expect(articles[0]!.date >= articles[1]!.date).toBe(true);
    expect(await client.getPageBySlug('nexiste-pas')).toBeNull();
  });

  it('transforme un Strapi injoignable en StrapiUnavailableError', async () => {
    const client = await loadClient({ STRAPI_URL: 'http://127.0.0.1:9' });
    await expect(client.getHomePage()).rejects.toBeInstanceOf(client.StrapiUnavailableError);
  });

  it('abandonne un Strapi trop lent après le délai configuré', async () => {
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as AddressInfo;
    const client = await loadClient({ STRAPI_URL: `http://127.0.0.1:${port}`, STRAPI_TIMEOUT_MS: '300' });
    const started = Date.now();
    await expect(client.getHomePage()).rejects.toBeInstanceOf(client.StrapiUnavailableError);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

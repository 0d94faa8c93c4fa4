import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings, type Identity } from '@aec/config';

/** A stand-in for Strapi's « Réglages » answer: it answers, hangs, or is gone, as the test says. */
async function fakeStrapi() {
  let mode: 'answer' | 'hang' = 'answer';
  let identity: Identity = { ...defaultSettings.identity, name: 'Cercle céramique de Sens', shortName: 'CCS' };
  const server = http.createServer((_request, response) => {
    if (mode === 'hang') return;
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify({ data: identity }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    answer: (next: Partial<Identity>) => {
      mode = 'answer';
      identity = { ...identity, ...next };
    },
    hang: () => {
      mode = 'hang';
    },
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}

/** A fresh module graph: nothing read yet, the environment read again. */
async function siteReading(strapiUrl: string) {
  process.env.STRAPI_URL = strapiUrl;
  process.env.PUBLIC_CACHE_SECONDS = '0';
  vi.resetModules();
  return import('../src/lib/strapi/content');
}

afterEach(() => {
  delete process.env.STRAPI_URL;
  delete process.env.PUBLIC_CACHE_SECONDS;
});

describe('le nom et les adresses de l’association, dans le cadre de chaque page', () => {
  it('viennent des « Réglages » de Strapi, et un changement se lit à la page suivante', async () => {
    const strapi = await fakeStrapi();
    const { getIdentity } = await siteReading(strapi.url);
    expect((await getIdentity()).name).toBe('Cercle céramique de Sens');
    strapi.answer({ contactEmail: 'bureau@ccs.example' });
    expect((await getIdentity()).contactEmail).toBe('bureau@ccs.example');
    await strapi.close();
  });

  it('Strapi lent : la page n’attend pas son délai entier, elle montre l’identité lue la dernière fois', async () => {
    const strapi = await fakeStrapi();
    const { getIdentity, IDENTITY_WAIT_MS } = await siteReading(strapi.url);
    await getIdentity();
    strapi.hang();
    const started = Date.now();
    expect((await getIdentity()).name).toBe('Cercle céramique de Sens');
    // Bounded by the frame's own wait, far below the Strapi call's timeout.
    expect(Date.now() - started).toBeLessThan(IDENTITY_WAIT_MS + 1000);
    await strapi.close();
  });

  it('Strapi arrêté dès le démarrage : les pages disent l’identité du premier démarrage, jamais un nom vide', async () => {
    const strapi = await fakeStrapi();
    await strapi.close();
    const { getIdentity, lastIdentity } = await siteReading(strapi.url);
    expect(await getIdentity()).toEqual(defaultSettings.identity);
    expect(lastIdentity()).toEqual(defaultSettings.identity);
  });

  it('les pages d’erreur, qui n’appellent pas Strapi, reprennent la dernière identité lue', async () => {
    const strapi = await fakeStrapi();
    const { getIdentity, lastIdentity } = await siteReading(strapi.url);
    await getIdentity();
    await strapi.close();
    expect(lastIdentity().shortName).toBe('CCS');
  });
});

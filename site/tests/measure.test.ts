import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';

/** A local "Strapi" that says each request cost 3 queries, and remembers whether it was asked to count. */
const asked: (string | undefined)[] = [];
const strapi = http.createServer((request, response) => {
  asked.push(request.headers['x-aec-measure'] as string | undefined);
  setTimeout(() => {
    response.writeHead(200, { 'content-type': 'application/json', 'server-timing': 'db;desc="3"' }).end('{"ok":true}');
  }, 5);
});

const { measuring, serverTiming } = await import('../src/lib/strapi/measure');
const { strapiFetch } = await import('../src/lib/strapi/client');
const ok = z.object({ ok: z.boolean() });

beforeAll(async () => {
  await new Promise<void>((resolve) => strapi.listen(0, '127.0.0.1', resolve));
  process.env.STRAPI_URL = `http://127.0.0.1:${(strapi.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => strapi.close(() => resolve())));
beforeEach(() => {
  asked.length = 0;
});

describe('le banc d’essai compte les appels à Strapi des seules requêtes qui le demandent', () => {
  it('une requête suivie compte ses appels et les requêtes SQL que Strapi annonce, et Strapi est prié de compter', async () => {
    const measure = await measuring(async (counted) => {
      await strapiFetch('/api/un', ok);
      await strapiFetch('/api/deux', ok);
      return counted;
    });
    expect(measure).toMatchObject({ calls: 2, dbQueries: 6 });
    expect(serverTiming(measure)).toMatch(/^strapi;dur=[\d.]+;desc="2", db;desc="6"$/);
    expect(asked).toEqual(['on', 'on']);
  });

  it('deux requêtes suivies en même temps sont comptées à part', async () => {
    const one = measuring(async (counted) => {
      await Promise.all([strapiFetch('/api/a', ok), strapiFetch('/api/b', ok), strapiFetch('/api/c', ok)]);
      return counted.calls;
    });
    const two = measuring(async (counted) => {
      await strapiFetch('/api/d', ok);
      return counted.calls;
    });
    expect(await Promise.all([one, two])).toEqual([3, 1]);
  });

  it('une requête qui ne demande rien n’est pas suivie et Strapi ne compte pas pour elle', async () => {
    await measuring(async () => strapiFetch('/api/suivie', ok));
    await strapiFetch('/api/libre', ok);
    expect(asked).toEqual(['on', undefined]);
  });
});

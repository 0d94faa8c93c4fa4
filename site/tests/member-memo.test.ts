import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';

// Before the environment is first read: a shared secret (notices can be trusted) and a local "Strapi".
const SECRET = 'secret-partage-de-test';
process.env.INTERNAL_API_SECRET = SECRET;
process.env.MEMBER_MEMO_SECONDS = '30';

const strapi = http.createServer((_request, response) => {
  response.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
});

const { forgetMemberPages, memoForMember, memoSize } = await import('../src/lib/strapi/member-memo');
const { strapiFetch } = await import('../src/lib/strapi/client');
const { POST: notice } = await import('../src/pages/interne/ecritures');
const { cached } = await import('../src/lib/strapi/cache');

/** An access token as Strapi signs it (the memo reads only its expiry). */
function token(member: string, expiresInSeconds = 600): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const exp = Math.floor(Date.now() / 1000) + expiresInSeconds;
  return `${part({ alg: 'HS256' })}.${part({ userId: member, exp })}.signature-${member}`;
}

const counter = (value: string) => vi.fn(async () => value);

async function postNotice(key?: string): Promise<number> {
  const request = new Request('http://localhost/interne/ecritures', {
    method: 'POST',
    headers: key ? { 'x-aec-site-key': key } : {},
  });
  const response = await notice({ request } as Parameters<typeof notice>[0]);
  return response.status;
}

beforeAll(async () => {
  await new Promise<void>((resolve) => strapi.listen(0, '127.0.0.1', resolve));
  process.env.STRAPI_URL = `http://127.0.0.1:${(strapi.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => strapi.close(resolve));
});
afterEach(() => {
  vi.useRealTimers();
  forgetMemberPages();
});

describe('ce que le site garde des pages d’un membre', () => {
  it('la même page, revue par le même membre, ne redemande rien à Strapi', async () => {
    const jwt = token('1');
    const load = counter('compte de 1');
    expect(await memoForMember(jwt, '/api/me/account', load)).toBe('compte de 1');
    expect(await memoForMember(jwt, '/api/me/account', load)).toBe('compte de 1');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('un autre membre, ou un autre jeton du même membre, ne voit jamais ce qui a été gardé', async () => {
    await memoForMember(token('1'), '/api/me/account', counter('compte de 1'));
    expect(await memoForMember(token('2'), '/api/me/account', counter('compte de 2'))).toBe('compte de 2');
    const forged = token('1').replace(/signature-1$/, 'signature-inventee');
    expect(await memoForMember(forged, '/api/me/account', counter('réponse de Strapi'))).toBe('réponse de Strapi');
  });

  it('un avis d’écriture de Strapi, avec le secret partagé, fait tout oublier', async () => {
    const jwt = token('1');
    await memoForMember(jwt, '/api/me/account', counter('avant'));
    expect(await postNotice(SECRET)).toBe(204);
    expect(memoSize()).toBe(0);
    expect(await memoForMember(jwt, '/api/me/account', counter('après'))).toBe('après');
  });

  it('le même avis fait oublier le contenu public gardé : une fiche publiée se voit aussitôt dans sa rubrique', async () => {
    const load = counter('fiches de la rubrique');
    await cached('/api/fiches/rubrique/marques?page=1', 15_000, load);
    await cached('/api/fiches/rubrique/marques?page=1', 15_000, load);
    expect(load).toHaveBeenCalledTimes(1);
    expect(await postNotice(SECRET)).toBe(204);
    await cached('/api/fiches/rubrique/marques?page=1', 15_000, load);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('un avis sans le secret, ou avec un autre, est refusé comme une page inconnue', async () => {
    await memoForMember(token('1'), '/api/me/account', counter('gardé'));
    expect(await postNotice()).toBe(404);
    expect(await postNotice('secret-partage-de-tesT')).toBe(404);
    expect(memoSize()).toBe(1);
  });

  it('une réponse en route quand un avis arrive n’est pas gardée', async () => {
    const jwt = token('1');
    let release!: (value: string) => void;
    const pending = memoForMember(jwt, '/api/me/account', () => new Promise<string>((resolve) => (release = resolve)));
    forgetMemberPages();
    release('lue avant l’écriture');
    expect(await pending).toBe('lue avant l’écriture');
    expect(memoSize()).toBe(0);
  });

  it('rien n’est gardé plus de MEMBER_MEMO_SECONDS, ni au-delà de l’expiration du jeton', async () => {
    vi.useFakeTimers({ now: new Date('2026-11-26T10:00:00Z'), toFake: ['Date'] });
    const jwt = token('1');
    const load = counter('compte');
    await memoForMember(jwt, '/api/me/account', load);
    vi.setSystemTime(new Date('2026-11-26T10:00:31Z'));
    await memoForMember(jwt, '/api/me/account', load);
    expect(load).toHaveBeenCalledTimes(2);

    const shortLived = token('2', 5);
    const again = counter('compte');
    await memoForMember(shortLived, '/api/me/account', again);
    vi.setSystemTime(new Date('2026-11-26T10:00:37Z'));
    await memoForMember(shortLived, '/api/me/account', again);
    expect(again).toHaveBeenCalledTimes(2);
  });

  it('une écriture du site lui-même (un formulaire envoyé) fait tout oublier avant la page suivante', async () => {
    await memoForMember(token('1'), '/api/me/account', counter('avant'));
    await strapiFetch('/api/me/profile', z.object({ ok: z.literal(true) }), {
      method: 'PUT',
      token: token('1'),
      body: {},
    });
    expect(memoSize()).toBe(0);
    await memoForMember(token('1'), '/api/me/account', counter('avant'));
    await strapiFetch('/api/me/account', z.object({ ok: z.literal(true) }), { token: token('1') });
    expect(memoSize()).toBe(1);
  });

  it('une connexion ou un renouvellement de session, sans jeton, ne fait rien oublier', async () => {
    await memoForMember(token('1'), '/api/me/account', counter('gardé'));
    await strapiFetch('/api/auth/local', z.object({ ok: z.literal(true) }), { method: 'POST', body: {} });
    await strapiFetch('/api/auth/refresh', z.object({ ok: z.literal(true) }), { method: 'POST', body: {} });
    expect(memoSize()).toBe(1);
  });
});

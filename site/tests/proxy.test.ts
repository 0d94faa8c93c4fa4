/**
 * The round-robin proxy of the tests with several instances (scripts/proxy.ts) behaves as nginx's
 * `upstream` with its defaults, the production layout it stands for: otherwise a test would see
 * failures production does not have, or miss some it has.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startProxy } from '../../scripts/proxy';

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

interface Instance {
  url: string;
  requests: string[];
  bodies: string[];
  connections: number;
}

/** An instance that answers with its name, or drops the connection without answering. */
async function instance(name: string, behaviour: 'answers' | 'drops'): Promise<Instance> {
  const seen: Instance = { url: '', requests: [], bodies: [], connections: 0 };
  const server = http.createServer(async (request, response) => {
    seen.requests.push(`${request.method} ${request.url}`);
    if (behaviour === 'drops') return void request.socket.destroy();
    let body = '';
    for await (const chunk of request) body += String(chunk);
    if (body) seen.bodies.push(body);
    response.end(name);
  });
  server.on('connection', () => (seen.connections += 1));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  seen.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  closers.push(
    () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  return seen;
}

async function proxyTo(...instances: Instance[]) {
  const proxy = await startProxy(instances.map((one) => one.url));
  closers.push(proxy.close);
  return proxy;
}

describe('le répartiteur des tests à plusieurs instances, comme nginx', () => {
  it('une instance qui coupe la connexion sans répondre : la page est servie par l’autre', async () => {
    const failing = await instance('un', 'drops');
    const healthy = await instance('deux', 'answers');
    const proxy = await proxyTo(failing, healthy);
    const answer = await fetch(`${proxy.url}/espace-membres/mon-compte`);
    expect(answer.status).toBe(200);
    expect(await answer.text()).toBe('deux');
    expect(failing.requests).toEqual(['GET /espace-membres/mon-compte']);
  });

  it('un formulaire n’est jamais envoyé deux fois : l’instance coupée, la réponse est 502 et l’autre n’a rien reçu', async () => {
    const failing = await instance('un', 'drops');
    const healthy = await instance('deux', 'answers');
    const proxy = await proxyTo(failing, healthy);
    const answer = await fetch(`${proxy.url}/espace-membres/cotisation`, {
      method: 'POST',
      body: 'transferDate=2026-12-06',
    });
    expect(answer.status).toBe(502);
    expect(healthy.requests).toEqual([]);
  });

  it('une instance arrêtée (connexion refusée) : un formulaire va à l’autre, tel quel', async () => {
    const stopped = await instance('un', 'answers');
    const healthy = await instance('deux', 'answers');
    await closers.shift()!();
    const proxy = await proxyTo(stopped, healthy);
    const answer = await fetch(`${proxy.url}/connexion`, { method: 'POST', body: 'email=marie%40exemple.fr' });
    expect(answer.status).toBe(200);
    expect(await answer.text()).toBe('deux');
    expect(healthy.requests).toEqual(['POST /connexion']);
    expect(healthy.bodies).toEqual(['email=marie%40exemple.fr']);
  });

  it('chaque requête a sa connexion vers l’instance : aucune gardée que l’instance pourrait fermer au même moment', async () => {
    const only = await instance('un', 'answers');
    const proxy = await proxyTo(only);
    for (let n = 0; n < 3; n += 1) expect(await (await fetch(`${proxy.url}/`)).text()).toBe('un');
    expect(only.connections).toBe(3);
  });

  it('à tour de rôle : deux requêtes d’une même visite sont servies par deux instances', async () => {
    const first = await instance('un', 'answers');
    const second = await instance('deux', 'answers');
    const proxy = await proxyTo(first, second);
    const names = [];
    for (let n = 0; n < 4; n += 1) names.push(await (await fetch(`${proxy.url}/`)).text());
    expect(names).toEqual(['un', 'deux', 'un', 'deux']);
    expect(proxy.answered).toEqual([2, 2]);
  });
});

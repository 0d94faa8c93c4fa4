/**
 * `npm run bench` — the product's speed, measured beside a baseline, in one run.
 *
 *   npm run bench -- [--scale 1] [--duration 10] [--connections 10,50] [--database aec_bench] [--fresh] [--only Mon compte]
 *
 * Seeds PostgreSQL (scale 1: 10,000 members, 200,000 fiches, 50,000 dues payments), runs the
 * built site and Strapi in production mode, then loads each page with autocannon for a fixed
 * time at each concurrency, logged in where the page needs it (each connection its own member).
 * Prints a table (req/s, p50, p99, errors, req/s as a share of the bare page's, Strapi round
 * trips and database queries per page) and writes the same to scripts/bench/results/.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { benchEmail, BENCH_PASSWORD, scaleOf } from './seed';
import { argument, benchDatabase, memberCookies, prepare } from './prepare';

interface Target {
  name: string;
  path: string;
  /** Needs a logged-in member: one per connection. */
  member?: boolean;
  /** Asks Strapi at every request, as if the site kept nothing of members' pages (its memo's miss). */
  coldMemo?: boolean;
  /** Talks to Strapi directly (the admin's overdue list), with an admin token. */
  admin?: boolean;
  method?: 'GET' | 'POST';
  body?: (connection: number) => string;
}

interface Row {
  name: string;
  connections: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  ratio: number | null;
  strapiCalls: number | null;
  dbQueries: number | null;
}

const factor = Number(argument('scale', '1'));
const duration = Number(argument('duration', '10'));
const concurrencies = argument('connections', '10,50').split(',').map(Number);
/** `--only "Mon compte,Mes fiches"`: those pages and the three references, printed but not written to results/. */
const only = argument('only', '')
  .split(',')
  .map((word) => word.trim())
  .filter(Boolean);
const scale = scaleOf(factor);

async function adminToken(strapiUrl: string): Promise<string> {
  const response = await fetch(`${strapiUrl}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'admin@exemple.fr', password: 'Admin-AEC-demo-2026' }),
  });
  const body = (await response.json()) as { data?: { token?: string } };
  if (!body.data?.token) throw new Error(`connexion à l’administration refusée (${response.status})`);
  return body.data.token;
}

/**
 * Strapi round trips and database queries for one request of the page, from Server-Timing;
 * the second of two requests, so that what the site keeps for a while (menu, rubriques) counts as it does under load.
 */
async function costOf(url: string, headers: Record<string, string>, init: RequestInit = {}) {
  await (await fetch(url, { headers, redirect: 'manual', ...init })).body?.cancel();
  const response = await fetch(url, { headers, redirect: 'manual', ...init });
  await response.body?.cancel();
  const timing = response.headers.get('server-timing') ?? '';
  const calls = /strapi;[^,]*desc="(\d+)"/.exec(timing)?.[1];
  const queries = /db;desc="(\d+)"/.exec(timing)?.[1];
  return { calls: calls ? Number(calls) : null, queries: queries ? Number(queries) : null };
}

async function main(): Promise<void> {
  const databaseUrl = await benchDatabase(argument('database', 'aec_bench'), process.argv.includes('--fresh'));
  const stack = await prepare(databaseUrl, scale);
  try {
    const maxConnections = Math.max(...concurrencies);
    console.log(`→ Connexion de ${maxConnections} membres…`);
    const cookies: string[] = [];
    for (let n = 1; n <= maxConnections; n += 1) cookies.push(await memberCookies(stack.siteUrl, n));
    const token = await adminToken(stack.strapiUrl);
    const today = new Date().toISOString().slice(0, 10);

    const targets: Target[] = [
      // The baseline: an Astro page with no layout and no data, through the same middleware.
      { name: 'page nue (référence)', path: '/page-nue' },
      // Cheaper still: an endpoint (the monitors' health route), no page rendering at all.
      { name: 'point de terminaison nu (/sante)', path: '/sante' },
      // The floor of a page that calls Strapi once: Strapi's health route, no database, no rendering.
      { name: 'un appel à Strapi, sans base (plancher)', path: '/sante?complet' },
      { name: 'accueil', path: '/' },
      { name: 'Mon compte', path: '/espace-membres/mon-compte', member: true },
      { name: 'Mes fiches (200)', path: '/espace-membres/fiches', member: true },
      // The same two pages when the site's memo is empty (first visit, or just after a write).
      { name: 'Mon compte, mémoire vide', path: '/espace-membres/mon-compte', member: true, coldMemo: true },
      { name: 'Mes fiches (200), mémoire vide', path: '/espace-membres/fiches', member: true, coldMemo: true },
      { name: 'une rubrique', path: '/rubriques/marques-et-signatures' },
      { name: 'recherche', path: `/recherche?q=${encodeURIComponent('Nevers motif12')}` },
      {
        name: 'liste des membres en retard (admin)',
        path: `/content-manager/collection-types/api::member-profile.member-profile?page=1&pageSize=10&sort=nextDueDate:ASC&filters[$and][0][nextDueDate][$lt]=${today}`,
        admin: true,
      },
      {
        name: 'connexion (POST)',
        path: '/connexion',
        method: 'POST',
        body: (connection) =>
          new URLSearchParams({ email: benchEmail(connection + 1), password: BENCH_PASSWORD, retour: '/' }).toString(),
      },
      {
        name: 'mot de passe oublié (POST)',
        path: '/mot-de-passe-oublie',
        method: 'POST',
        body: (connection) => new URLSearchParams({ email: benchEmail(connection + 1) }).toString(),
      },
    ];

    const rows: Row[] = [];
    const chosen = only.length
      ? targets.filter((target, index) => index <= 2 || only.some((word) => target.name.includes(word)))
      : targets;
    for (const target of chosen) {
      const base = target.admin ? stack.strapiUrl : stack.siteUrl;
      const headersFor = (connection: number): Record<string, string> => ({
        ...(target.member ? { cookie: cookies[connection % cookies.length]! } : {}),
        ...(target.coldMemo ? { 'x-aec-memo': 'off' } : {}),
        ...(target.admin ? { authorization: `Bearer ${token}` } : {}),
        ...(target.method === 'POST'
          ? { 'content-type': 'application/x-www-form-urlencoded', origin: stack.siteUrl }
          : {}),
      });
      const cost =
        target.method === 'POST' || target.admin
          ? { calls: null, queries: null }
          : await costOf(`${base}${target.path}`, headersFor(0));
      for (const connections of concurrencies) {
        let next = 0;
        process.stdout.write(`  ${target.name} × ${connections}… `);
        const result = await autocannon({
          url: `${base}${target.path}`,
          connections,
          duration,
          method: target.method ?? 'GET',
          setupClient: (client) => {
            const connection = next++;
            client.setHeaders(headersFor(connection));
            if (target.body) client.setBody(target.body(connection));
          },
        });
        const statuses = result.statusCodeStats as unknown as Record<string, { count: number }>;
        const bad = Object.entries(statuses)
          .filter(([code]) => Number(code) >= 400)
          .reduce((sum, [, stat]) => sum + stat.count, 0);
        rows.push({
          name: target.name,
          connections,
          requestsPerSecond: Math.round(result.requests.average),
          p50: result.latency.p50,
          p99: result.latency.p99,
          errors: result.errors + bad,
          ratio: null,
          strapiCalls: cost.calls,
          dbQueries: cost.queries,
        });
        console.log(`${Math.round(result.requests.average)} req/s`);
      }
    }
    for (const row of rows) {
      const baseline = rows.find((other) => other.name === targets[0]!.name && other.connections === row.connections);
      row.ratio = baseline ? Math.round((row.requestsPerSecond / baseline.requestsPerSecond) * 100) : null;
    }

    const machine = `${os.cpus().length} cœurs (${os.cpus()[0]?.model.trim()}), Node ${process.versions.node}, ${Math.round(os.totalmem() / 1e9)} Go`;
    const table = [
      `Banc d’essai — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC — ${machine}`,
      `Échelle ${factor} : ${scale.members} membres, ${scale.fiches} fiches, ${scale.payments} paiements ; ${duration} s par mesure`,
      '',
      '| Page | Connexions | req/s | p50 (ms) | p99 (ms) | Erreurs | % de la page nue | Appels Strapi | Requêtes SQL |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
      ...rows.map(
        (row) =>
          `| ${row.name} | ${row.connections} | ${row.requestsPerSecond} | ${row.p50} | ${row.p99} | ${row.errors} | ${row.ratio ?? '—'} % | ${row.strapiCalls ?? '—'} | ${row.dbQueries ?? '—'} |`,
      ),
    ].join('\n');
    console.log(`\n${table}\n`);
    if (only.length) return;
    const folder = path.join(__dirname, 'results');
    fs.mkdirSync(folder, { recursive: true });
    const json = JSON.stringify({ date: new Date().toISOString(), machine, factor, scale, duration, rows }, null, 2);
    fs.writeFileSync(path.join(folder, `scale-${factor}.json`), `${json}\n`);
    fs.writeFileSync(path.join(folder, `scale-${factor}.md`), `${table}\n`);
    console.log(`Résultats : scripts/bench/results/scale-${factor}.json et .md`);
  } finally {
    await stack.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

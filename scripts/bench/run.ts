/**
 * `npm run bench` — the product's speed, measured beside a baseline, in one run.
 *
 *   npm run bench -- [--scale 1] [--duration 10] [--rounds 3] [--connections 10,50] [--rate 30] [--database aec_bench] [--fresh] [--only Mon compte]
 *
 * Seeds PostgreSQL (scale 1: 10,000 members, 200,000 fiches, 50,000 dues payments), runs the
 * built site and Strapi in production mode, then loads each page with autocannon for a fixed
 * time at each concurrency, logged in where the page needs it (each connection its own member),
 * all pages in turn, `--rounds` times; each figure is the median of its rounds. With `--rate`, each
 * page is also sent that many requests per second, steadily (a mailing answered), for its latency.
 * Prints a table (req/s, p50, p99, errors, req/s as a share of the bare page's, Strapi round
 * trips and database queries per page, CPU time per request of the site and of Strapi) and
 * writes the same to scripts/bench/results/.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { benchEmail, BENCH_PASSWORD, scaleOf } from './seed';
import { argument, benchDatabase, cpuMilliseconds, memberCookies, prepare } from './prepare';
import { steady, type Measure } from './steady';
import { median } from '../stats';

interface Target {
  name: string;
  path: string;
  /** Needs a logged-in member: one per connection. */
  member?: boolean;
  /** Talks to Strapi directly (the admin's overdue list), with an admin token. */
  admin?: boolean;
  method?: 'GET' | 'POST';
  body?: (connection: number) => string;
}

interface Row {
  name: string;
  /** « 10 », « 50 » connections as fast as they can, or « 30 req/s » at a steady pace. */
  connections: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  /** Against the bare page at the same load; none at a steady pace (both serve the same rate). */
  ratio: number | null;
  strapiCalls: number | null;
  dbQueries: number | null;
  /** CPU time per request, in µs, of the site's process and of Strapi's (medians of the rounds). */
  siteCpu: number | null;
  strapiCpu: number | null;
  /** Each round's own figures. */
  rounds: Sample[];
}

interface Sample {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  siteCpu: number | null;
  strapiCpu: number | null;
}

/** Figures of the table are whole numbers. */
function roundedMedian(values: number[]): number {
  return Math.round(median(values));
}

function medianOrNull(values: (number | null)[]): number | null {
  return values.some((value) => value === null) ? null : roundedMedian(values as number[]);
}

const factor = Number(argument('scale', '1'));
const duration = Number(argument('duration', '10'));
/** Each page is measured this many times, in turn with the others; the table gives medians. */
const rounds = Number(argument('rounds', '3'));
const rate = Number(argument('rate', '0'));
/** Each load: connections as fast as they go; then, with `--rate`, a steady pace over 50 connections. */
const loads = [
  ...argument('connections', '10,50')
    .split(',')
    .map((connections) => ({ label: connections, connections: Number(connections), overallRate: undefined })),
  ...(rate > 0 ? [{ label: `${rate} req/s`, connections: 50, overallRate: rate }] : []),
];
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

/** Waits until a page that calls Strapi once is answered promptly three times in a row (2 min at most). */
async function strapiSettled(siteUrl: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  let prompt = 0;
  while (prompt < 3 && Date.now() < deadline) {
    const started = Date.now();
    const response = await fetch(`${siteUrl}/sante?complet`).catch(() => null);
    await response?.body?.cancel();
    prompt = response?.status === 200 && Date.now() - started < 100 ? prompt + 1 : 0;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * Strapi round trips and database queries for one request of the page, from Server-Timing;
 * the second of two requests, so that what the site keeps for a while (menu, rubriques) counts as it does under load.
 */
async function costOf(url: string, pageHeaders: Record<string, string>, init: RequestInit = {}) {
  // Only the requests that ask are followed (site/src/lib/strapi/measure.ts): the measures are not.
  const headers = { ...pageHeaders, 'x-aec-measure': 'on' };
  await (await fetch(url, { headers, redirect: 'manual', ...init })).body?.cancel();
  const response = await fetch(url, { headers, redirect: 'manual', ...init });
  await response.body?.cancel();
  const timing = response.headers.get('server-timing') ?? '';
  const calls = /strapi;[^,]*desc="(\d+)"/.exec(timing)?.[1];
  const queries = /db;desc="(\d+)"/.exec(timing)?.[1];
  return { calls: calls ? Number(calls) : null, queries: queries ? Number(queries) : null };
}

/** As many requests as `connections` can make (autocannon), each connection as its own member. */
async function flatOut(
  url: string,
  connections: number,
  target: Target,
  headersFor: (connection: number) => Record<string, string>,
  ok: (status: number) => boolean,
): Promise<Measure> {
  let next = 0;
  const result = await autocannon({
    url,
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
    .filter(([code]) => !ok(Number(code)))
    .reduce((sum, [, stat]) => sum + stat.count, 0);
  return {
    total: result.requests.total,
    perSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    // autocannon counts its timeouts among its errors.
    errors: result.errors + bad,
  };
}

async function main(): Promise<void> {
  const databaseUrl = await benchDatabase(argument('database', 'aec_bench'), process.argv.includes('--fresh'));
  const stack = await prepare(databaseUrl, scale);
  try {
    const maxConnections = Math.max(...loads.map((load) => load.connections));
    console.log(`→ Connexion de ${maxConnections} membres…`);
    // Access tokens last 10 minutes and autocannon keeps no cookies: the members log in again
    // at each round, so that no round measures the way back to the login page.
    let cookies: string[] = [];
    const logIn = async () => {
      const fresh: string[] = [];
      for (let n = 1; n <= maxConnections; n += 1) fresh.push(await memberCookies(stack.siteUrl, n));
      cookies = fresh;
    };
    await logIn();
    let token = await adminToken(stack.strapiUrl);
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

    const chosen = only.length
      ? targets.filter((target, index) => index <= 2 || only.some((word) => target.name.includes(word)))
      : targets;
    const plans = [];
    for (const target of chosen) {
      const base = target.admin ? stack.strapiUrl : stack.siteUrl;
      const headersFor = (connection: number): Record<string, string> => ({
        ...(target.member ? { cookie: cookies[connection % cookies.length]! } : {}),
        ...(target.admin ? { authorization: `Bearer ${token}` } : {}),
        ...(target.method === 'POST'
          ? { 'content-type': 'application/x-www-form-urlencoded', origin: stack.siteUrl }
          : {}),
      });
      plans.push({ target, base, headersFor, cost: { calls: null as number | null, queries: null as number | null } });
    }

    // The bare page first runs on a process just started: a short untimed run, so the reference
    // is not measured before the JIT has compiled it (that would flatter every other page).
    await autocannon({ url: `${stack.siteUrl}${targets[0]!.path}`, connections: 10, duration: 2 });

    // Every page, then every page again: a slow minute on a shared machine weighs on one round
    // of each page, not on all of one page's measures; each figure is then the median of its rounds.
    const samples = new Map<string, Sample[]>();
    const keyOf = (name: string, load: string) => `${name} × ${load}`;
    for (let round = 1; round <= rounds; round += 1) {
      if (rounds > 1) console.log(`→ Passage ${round} sur ${rounds}`);
      if (round > 1) {
        await logIn();
        token = await adminToken(stack.strapiUrl);
      }
      for (const plan of plans) {
        const { target, base, headersFor } = plan;
        // Counted just before the page's first measure, as a visitor in the middle of the load would see it.
        if (round === 1 && target.method !== 'POST' && !target.admin) {
          plan.cost = await costOf(`${base}${target.path}`, headersFor(0));
        }
        for (const { label, connections, overallRate } of loads) {
          // Profiled (CPU_PROFILE_DIR): a quiet gap between measures, so that profile-summary.ts
          // tells each measure's stretch of the profile from the next.
          if (process.env.CPU_PROFILE_DIR) await new Promise((resolve) => setTimeout(resolve, 3000));
          process.stdout.write(`  ${keyOf(target.name, label)}… `);
          const cpuBefore = { site: cpuMilliseconds(stack.site.pid), strapi: cpuMilliseconds(stack.strapi.pid) };
          // A page must answer 200: a redirect (to the login page, say) is not the page. A form's
          // POST answers 303 when it worked.
          const ok = (status: number) => (target.method === 'POST' ? status < 400 : status === 200);
          const measure = overallRate
            ? await steady({
                url: `${base}${target.path}`,
                rate: overallRate,
                durationSeconds: duration,
                method: target.method ?? 'GET',
                headersFor: (request) => headersFor(request % maxConnections),
                ...(target.body ? { body: (request: number) => target.body!(request % maxConnections) } : {}),
                ok,
              })
            : await flatOut(`${base}${target.path}`, connections, target, headersFor, ok);
          // At a steady pace, the processes' idle work (timers, the job queue's polling) would be
          // shared among few requests: CPU per request is measured flat out only.
          const perRequest = (before: number | null, after: number | null) =>
            overallRate || before === null || after === null || measure.total === 0
              ? null
              : Math.round(((after - before) * 1000) / measure.total);
          const sample: Sample = {
            requestsPerSecond: measure.perSecond,
            p50: measure.p50,
            p99: measure.p99,
            errors: measure.errors,
            siteCpu: perRequest(cpuBefore.site, cpuMilliseconds(stack.site.pid)),
            strapiCpu: perRequest(cpuBefore.strapi, cpuMilliseconds(stack.strapi.pid)),
          };
          const key = keyOf(target.name, label);
          samples.set(key, [...(samples.get(key) ?? []), sample]);
          console.log(`${sample.requestsPerSecond} req/s, CPU du site ${sample.siteCpu ?? '?'} µs par requête`);
          // A flood of POSTs leaves Strapi busy a while after the measure (the login being hashed
          // when the site gave up, the mails of forgotten passwords). The next measure waits.
          if (target.method === 'POST') await strapiSettled(stack.siteUrl);
        }
      }
    }

    const rows: Row[] = plans.flatMap(({ target, cost }) =>
      loads.map(({ label, overallRate }) => {
        const own = samples.get(keyOf(target.name, label)) ?? [];
        const baseline = samples.get(keyOf(targets[0]!.name, label)) ?? [];
        return {
          name: target.name,
          connections: label,
          requestsPerSecond: roundedMedian(own.map((sample) => sample.requestsPerSecond)),
          p50: roundedMedian(own.map((sample) => sample.p50)),
          p99: Math.max(...own.map((sample) => sample.p99)),
          errors: own.reduce((sum, sample) => sum + sample.errors, 0),
          // Each round's page against the same round's bare page, then the median.
          ratio: overallRate
            ? null
            : Math.round(
                median(
                  own.map((sample, round) => (sample.requestsPerSecond / baseline[round]!.requestsPerSecond) * 100),
                ),
              ),
          strapiCalls: cost.calls,
          dbQueries: cost.queries,
          siteCpu: medianOrNull(own.map((sample) => sample.siteCpu)),
          strapiCpu: medianOrNull(own.map((sample) => sample.strapiCpu)),
          rounds: own,
        };
      }),
    );

    const machine = `${os.cpus().length} cœurs (${os.cpus()[0]?.model.trim()}), Node ${process.versions.node}, ${Math.round(os.totalmem() / 1e9)} Go`;
    const table = [
      `Banc d’essai — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC — ${machine}`,
      `Échelle ${factor} : ${scale.members} membres, ${scale.fiches} fiches, ${scale.payments} paiements ; ${duration} s par mesure, ${rounds} passage${rounds > 1 ? 's' : ''}` +
        (rounds > 1 ? ' (médianes ; p99 : le plus haut des passages ; erreurs : leur total)' : ''),
      '',
      '| Page | Connexions | req/s | p50 (ms) | p99 (ms) | Erreurs | % de la page nue | Appels Strapi | Requêtes SQL | CPU site (µs) | CPU Strapi (µs) |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
      ...rows.map(
        (row) =>
          `| ${row.name} | ${row.connections} | ${row.requestsPerSecond} | ${row.p50} | ${row.p99} | ${row.errors} | ${row.ratio === null ? '—' : `${row.ratio} %`} | ${row.strapiCalls ?? '—'} | ${row.dbQueries ?? '—'} | ${row.siteCpu ?? '—'} | ${row.strapiCpu ?? '—'} |`,
      ),
    ].join('\n');
    console.log(`\n${table}\n`);
    if (only.length) return;
    const folder = path.join(__dirname, 'results');
    fs.mkdirSync(folder, { recursive: true });
    const json = JSON.stringify(
      { date: new Date().toISOString(), machine, factor, scale, duration, rounds, rows },
      null,
      2,
    );
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

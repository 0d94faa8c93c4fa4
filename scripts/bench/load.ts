/**
 * `npm run load` — 200 members logged in at once, browsing for 60 seconds, twice: the errors,
 * and the memory of the site and Strapi after each run (it must not keep growing).
 *
 *   npm run load -- [--members 200] [--duration 60] [--rounds 3] [--heap 192,384] [--scale 0.1] [--database aec_bench]
 *
 * `--heap site,strapi` caps each process's JavaScript heap (MB): memory that only grew because
 * the garbage collector had room would then stay flat, a leak would end in errors.
 */
import autocannon from 'autocannon';
import { scaleOf } from './seed';
import { argument, benchDatabase, memberCookies, prepare, rssMegabytes } from './prepare';

const members = Number(argument('members', '200'));
const duration = Number(argument('duration', '60'));
const scale = scaleOf(Number(argument('scale', '0.1')));
const rounds = Number(argument('rounds', '3'));
const [siteHeap, strapiHeap] = argument('heap', '192,384').split(',');

const VISIT = [
  '/espace-membres/mon-compte',
  '/espace-membres/fiches',
  '/',
  '/rubriques/musees-et-collections',
  '/espace-membres/cotisation',
];

async function main(): Promise<void> {
  const databaseUrl = await benchDatabase(argument('database', 'aec_bench'), process.argv.includes('--fresh'));
  const stack = await prepare(
    databaseUrl,
    { ...scale, members: Math.max(scale.members, members) },
    {
      cmsEnv: { NODE_OPTIONS: `--max-old-space-size=${strapiHeap}` },
      siteEnv: { NODE_OPTIONS: `--max-old-space-size=${siteHeap}` },
    },
  );
  console.log(`  tas JavaScript plafonné : site ${siteHeap} Mo, Strapi ${strapiHeap} Mo`);
  try {
    console.log(`→ Connexion de ${members} membres…`);
    const cookies: string[] = [];
    for (let n = 1; n <= members; n += 1) cookies.push(await memberCookies(stack.siteUrl, n));
    const memory = () => ({ site: rssMegabytes(stack.site.pid), strapi: rssMegabytes(stack.strapi.pid) });
    console.log(`  mémoire au départ : site ${memory().site} Mo, Strapi ${memory().strapi} Mo`);
    const runs = [];
    for (let round = 1; round <= rounds; round += 1) {
      let next = 0;
      const result = await autocannon({
        url: stack.siteUrl,
        connections: members,
        duration,
        // A member's visit: the account, their fiches, the home page, a rubrique, the payment page.
        // Each request carries the member's cookie: autocannon's setHeaders would give it to the
        // first request of the visit only (the others were built before), and two of the five
        // pages would then have been measured as redirects to /connexion.
        setupClient: (client) => {
          const cookie = cookies[next++ % cookies.length]!;
          client.setRequests(VISIT.map((path) => ({ method: 'GET', path, headers: { cookie } })));
        },
      });
      const statuses = result.statusCodeStats as unknown as Record<string, { count: number }>;
      // Every page of the visit answers 200; a redirect to the login page would be a failure.
      const bad = Object.entries(statuses)
        .filter(([code]) => Number(code) !== 200)
        .reduce((sum, [, stat]) => sum + stat.count, 0);
      const after = memory();
      runs.push({
        round,
        requests: result.requests.total,
        errors: result.errors + bad,
        p99: result.latency.p99,
        ...after,
      });
      // What the errors were: HTTP statuses, connection errors, autocannon's own timeouts
      // (autocannon counts its timeouts among its errors).
      const kinds = [
        ...Object.entries(statuses)
          .filter(([code]) => Number(code) !== 200)
          .map(([code, stat]) => `${code} × ${stat.count}`),
        ...(result.errors - result.timeouts > 0 ? [`connexion × ${result.errors - result.timeouts}`] : []),
        ...(result.timeouts > 0 ? [`délai × ${result.timeouts}`] : []),
      ];
      console.log(
        `  passage ${round} : ${result.requests.total} pages, ${result.errors + bad} erreurs${kinds.length ? ` (${kinds.join(', ')})` : ''}, p99 ${result.latency.p99} ms ; mémoire site ${after.site} Mo, Strapi ${after.strapi} Mo`,
      );
    }
    const first = runs[0];
    const last = runs.at(-1);
    if (first && last && first !== last && first.site && last.site && first.strapi && last.strapi) {
      const signed = (value: number) => `${value >= 0 ? '+' : ''}${value}`;
      console.log(
        `→ Du premier au dernier passage : site ${signed(last.site - first.site)} Mo, Strapi ${signed(last.strapi - first.strapi)} Mo ; erreurs en tout : ${runs.reduce((sum, run) => sum + run.errors, 0)}`,
      );
    }
  } finally {
    await stack.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

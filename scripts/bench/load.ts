/**
 * `npm run load` — 200 members logged in at once, browsing for 60 seconds, twice: the errors,
 * and the memory of the site and Strapi after each run (it must not keep growing).
 *
 *   npm run load -- [--members 200] [--duration 60] [--scale 0.1] [--database aec_bench]
 */
import autocannon from 'autocannon';
import { scaleOf } from './seed';
import { argument, benchDatabase, memberCookies, prepare, rssMegabytes } from './prepare';

const members = Number(argument('members', '200'));
const duration = Number(argument('duration', '60'));
const scale = scaleOf(Number(argument('scale', '0.1')));

async function main(): Promise<void> {
  const databaseUrl = await benchDatabase(argument('database', 'aec_bench'), process.argv.includes('--fresh'));
  const stack = await prepare(databaseUrl, { ...scale, members: Math.max(scale.members, members) });
  try {
    console.log(`→ Connexion de ${members} membres…`);
    const cookies: string[] = [];
    for (let n = 1; n <= members; n += 1) cookies.push(await memberCookies(stack.siteUrl, n));
    const memory = () => ({ site: rssMegabytes(stack.site.pid), strapi: rssMegabytes(stack.strapi.pid) });
    console.log(`  mémoire au départ : site ${memory().site} Mo, Strapi ${memory().strapi} Mo`);
    const runs = [];
    for (const round of [1, 2]) {
      let next = 0;
      const result = await autocannon({
        url: stack.siteUrl,
        connections: members,
        duration,
        // A member's visit: the account, their fiches, the home page, a rubrique, the payment page.
        requests: [
          { path: '/espace-membres/mon-compte' },
          { path: '/espace-membres/fiches' },
          { path: '/' },
          { path: '/rubriques/musees-et-collections' },
          { path: '/espace-membres/cotisation' },
        ],
        setupClient: (client) => {
          client.setHeaders({ cookie: cookies[next++ % cookies.length]! });
        },
      });
      const statuses = result.statusCodeStats as unknown as Record<string, { count: number }>;
      const bad = Object.entries(statuses)
        .filter(([code]) => Number(code) >= 400)
        .reduce((sum, [, stat]) => sum + stat.count, 0);
      const after = memory();
      runs.push({
        round,
        requests: result.requests.total,
        errors: result.errors + result.timeouts + bad,
        p99: result.latency.p99,
        ...after,
      });
      console.log(
        `  passage ${round} : ${result.requests.total} pages, ${result.errors + result.timeouts + bad} erreurs, p99 ${result.latency.p99} ms ; mémoire site ${after.site} Mo, Strapi ${after.strapi} Mo`,
      );
    }
    const [first, second] = runs;
    if (first && second && first.site && second.site && first.strapi && second.strapi) {
      console.log(
        `→ Entre les deux passages : site ${second.site - first.site >= 0 ? '+' : ''}${second.site - first.site} Mo, Strapi ${second.strapi - first.strapi >= 0 ? '+' : ''}${second.strapi - first.strapi} Mo`,
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

/**
 * `npm run load` — 200 members logged in at once, browsing for 60 seconds, twice: the errors,
 * and the memory of the site and Strapi after each run (it must not keep growing).
 *
 *   npm run load -- [--members 200] [--duration 60] [--rounds 3] [--heap 192,384] [--scale 0.1] [--database aec_bench]
 *                   [--instances 2]
 *
 * `--instances 2` runs two sites and two Strapi on the one database, each pair behind a
 * round-robin proxy: the production layout with two instances (README, « Production »).
 * `--heap site,strapi` caps each process's JavaScript heap (MB): memory that only grew because
 * the garbage collector had room would then stay flat, a leak would end in errors.
 */
import { scaleOf } from './seed';
import { argument, benchDatabase, memberCookies, prepare, rssMegabytes } from './prepare';
import { memberVisits } from './visits';

const members = Number(argument('members', '200'));
const duration = Number(argument('duration', '60'));
const scale = scaleOf(Number(argument('scale', '0.1')));
const rounds = Number(argument('rounds', '3'));
const instances = Number(argument('instances', '1'));
const [siteHeap, strapiHeap] = argument('heap', '192,384').split(',');

/** Resident memory of processes together, in MB. */
const together = (pids: Array<number | undefined>) =>
  pids.reduce<number | null>((sum, pid) => {
    const one = rssMegabytes(pid);
    return sum === null || one === null ? null : sum + one;
  }, 0);

async function main(): Promise<void> {
  const databaseUrl = await benchDatabase(argument('database', 'aec_bench'), process.argv.includes('--fresh'));
  const stack = await prepare(
    databaseUrl,
    { ...scale, members: Math.max(scale.members, members) },
    {
      cmsEnv: { NODE_OPTIONS: `--max-old-space-size=${strapiHeap}` },
      siteEnv: { NODE_OPTIONS: `--max-old-space-size=${siteHeap}` },
      instances,
    },
  );
  console.log(`  tas JavaScript plafonné : site ${siteHeap} Mo, Strapi ${strapiHeap} Mo (par processus)`);
  if (instances > 1) console.log(`  ${instances} sites et ${instances} Strapi, derrière un répartiteur chacun`);
  try {
    console.log(`→ Connexion de ${members} membres…`);
    const cookies: string[] = [];
    for (let n = 1; n <= members; n += 1) cookies.push(await memberCookies(stack.siteUrl, n));
    const memory = () => ({
      site: together(stack.sites.map((child) => child.pid)),
      strapi: together(stack.strapis.map((child) => child.pid)),
    });
    console.log(`  mémoire au départ : site ${memory().site} Mo, Strapi ${memory().strapi} Mo`);
    const runs = [];
    for (let round = 1; round <= rounds; round += 1) {
      const result = await memberVisits(stack.siteUrl, cookies, { connections: members, durationSeconds: duration });
      const after = memory();
      runs.push({
        round,
        requests: result.requests,
        errors: result.errors,
        p99: result.p99,
        ...after,
      });
      console.log(
        `  passage ${round} : ${result.requests} pages, ${result.errors} erreurs${result.kinds.length ? ` (${result.kinds.join(', ')})` : ''}, p99 ${result.p99} ms ; mémoire site ${after.site} Mo, Strapi ${after.strapi} Mo`,
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

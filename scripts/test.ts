/**
 * `npm test`, the whole suite (the CI's). First the checks, the unit tests and the build of
 * Strapi and its admin side by side: none reads what another writes (the site is built after,
 * as `astro check` writes where `astro build` does). Then the integration tests and the e2e
 * journeys side by side, each on its own database: the journeys wait on Chromium and on Strapi
 * more than they compute. Each suite's report shows when it ends.
 */
import { CHECK_LANES } from './check';
import { runLanes } from './lanes';
import { buildIfNeeded, ensureLocalSecrets } from './stack';

async function main(): Promise<boolean> {
  ensureLocalSecrets();
  const ready = await runLanes(
    [...CHECK_LANES, ['npm run test:unit --silent', 'tsx scripts/test.ts --build']],
    'failures',
  );
  if (!ready) return false;
  buildIfNeeded({ admin: true });
  return runLanes([['npm run test:integration --silent'], ['npm run test:e2e --silent']], 'always');
}

if (process.argv.includes('--build')) buildIfNeeded({ admin: true, site: false });
else
  void main().then((ok) => {
    if (!ok) process.exit(1);
  });

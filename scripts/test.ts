/**
 * `npm test`, the whole suite (the CI's), in two phases of lanes side by side. First the checks
 * beside the build of Strapi and its admin: none reads what another writes (the site is built
 * after, as `astro check` writes where `astro build` does). Then the tests in three lanes, each
 * suite on its own database of one server: the journeys on the shared stack; the unit tests, then
 * the two-instance proof; the integration tests, then the other files with a stack of their own.
 * The journeys wait on Chromium and on Strapi more than they compute. Each report shows when its
 * part ends.
 */
import type { E2EPart } from '../site/e2e/harness/own-stacks';
import { CHECK_LANES, CMS_TYPES } from './check';
import { runLanes } from './lanes';
import { ensureDatabase, testDatabaseServer } from './postgres';
import { buildIfNeeded, ensureLocalSecrets } from './stack';

const e2e = (part: E2EPart, files = '') => `E2E_PART=${part} npm run test:e2e --silent${files ? ` -- ${files}` : ''}`;

async function main(): Promise<boolean> {
  ensureLocalSecrets();
  const checks = CHECK_LANES.map((lane) => lane.filter((command) => command !== CMS_TYPES));
  const ready = await runLanes([...checks, ['tsx scripts/test.ts --build']], 'failures');
  if (!ready) return false;
  buildIfNeeded({ admin: true });

  // One server for every suite (DATABASE_URL's when given, CI), each suite on a database of its own.
  const server = await testDatabaseServer('aec-test-postgres');
  process.env.DATABASE_URL ??= await ensureDatabase(server.url, 'aec_test');
  try {
    return await runLanes(
      [
        [e2e('journeys')],
        ['npm run test:unit --silent', e2e('own-stacks', 'two-instances')],
        ['npm run test:integration --silent', e2e('own-stacks', 'faults abuse')],
      ],
      'always',
    );
  } finally {
    await server.stop();
  }
}

if (process.argv.includes('--build')) buildIfNeeded({ admin: true, site: false });
else
  void main().then((ok) => {
    if (!ok) process.exit(1);
  });

/**
 * Runs once per `vitest run`: compiles the Strapi app if its sources changed and gives the run an
 * empty database, on DATABASE_URL's server when given (CI), else on a local PostgreSQL started
 * for the run. Not compiled when fresh: `npm test` runs the journeys beside, from the same dist/.
 */
import pg from 'pg';
import { ensureDatabase, testDatabaseServer } from '../../../scripts/postgres';
import { buildIfNeeded } from '../../../scripts/stack';
import { applyTestEnv } from './test-env';

async function emptyPostgres(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('DROP SCHEMA IF EXISTS public CASCADE');
    // The mail queue's own schema: no mail left over from an earlier run.
    await client.query('DROP SCHEMA IF EXISTS pgboss CASCADE');
    await client.query('CREATE SCHEMA public');
  } finally {
    await client.end();
  }
}

export default async function setup(): Promise<() => Promise<void>> {
  applyTestEnv();
  const server = await testDatabaseServer('aec-cms-tests-postgres');
  // The workers, started after this, inherit it.
  process.env.DATABASE_URL ??= await ensureDatabase(server.url, 'aec_cms_test');
  await emptyPostgres(process.env.DATABASE_URL);

  buildIfNeeded({ admin: false, site: false });

  return () => server.stop();
}

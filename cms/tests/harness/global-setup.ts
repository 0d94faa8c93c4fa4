/**
 * Runs once per `vitest run`: compiles the Strapi app once and gives the run an empty database,
 * on DATABASE_URL's server when given (CI), else on a local PostgreSQL started for the run.
 */
import path from 'node:path';
import { createRequire } from 'node:module';
import type * as StrapiModule from '@strapi/strapi';
import pg from 'pg';
import { ensureDatabase, testDatabaseServer } from '../../../scripts/postgres';
import { applyTestEnv } from './test-env';

const appDir = path.resolve(__dirname, '../..');

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

  const { compileStrapi } = createRequire(import.meta.url)('@strapi/strapi') as typeof StrapiModule;
  await compileStrapi({ appDir });

  return () => server.stop();
}

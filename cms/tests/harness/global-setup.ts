/**
 * Runs once per `vitest run`: compiles the Strapi app once and gives the run an empty database.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type * as StrapiModule from '@strapi/strapi';
import pg from 'pg';
import { applyTestEnv, SQLITE_FILE } from './test-env';

const appDir = path.resolve(__dirname, '../..');

async function emptyPostgres(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('DROP SCHEMA IF EXISTS public CASCADE');
    await client.query('CREATE SCHEMA public');
  } finally {
    await client.end();
  }
}

export default async function setup(): Promise<() => void> {
  applyTestEnv();
  if (process.env.DATABASE_URL) await emptyPostgres(process.env.DATABASE_URL);
  else fs.rmSync(SQLITE_FILE, { force: true });

  const { compileStrapi } = createRequire(import.meta.url)('@strapi/strapi') as typeof StrapiModule;
  await compileStrapi({ appDir });

  return () => {
    if (!process.env.DATABASE_URL) fs.rmSync(SQLITE_FILE, { force: true });
  };
}

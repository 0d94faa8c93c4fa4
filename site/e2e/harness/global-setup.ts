/**
 * Once per e2e run: compiles what is stale, gives the run an empty database (PostgreSQL when
 * DATABASE_URL is set, a SQLite file otherwise), and starts the whole product: the local inbox,
 * Strapi (`strapi start`, demo data) and the built site (`node dist/server/entry.mjs`).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildIfNeeded, ensureLocalSecrets, startStack } from '../../../scripts/stack';
import { freshPostgres } from './database';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    strapiUrl: string;
    inboxUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // The admin panel too: a volunteer's journey runs in it (admin.test.ts).
  ensureLocalSecrets();
  buildIfNeeded({ admin: true });

  const sqliteFile = path.join(os.tmpdir(), `aec-e2e-${process.pid}.db`);
  const database: Record<string, string> = process.env.DATABASE_URL
    ? { DATABASE_URL: await freshPostgres(process.env.DATABASE_URL, 'e2e'), DATABASE_CLIENT: 'postgres' }
    : { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: sqliteFile };

  const stack = await startStack({
    sitePort: 4399,
    strapiPort: 1399,
    verbose: process.env.E2E_VERBOSE === '1',
    cmsEnv: {
      ...database,
      DEMO_DATA: 'true',
      // The journeys log in often from one address; limits are tested on their own (abuse.test.ts).
      AUTH_RATELIMIT_ENABLED: 'false',
      APP_KEYS: 'e2e-key-a,e2e-key-b',
      API_TOKEN_SALT: 'e2e-api-token-salt',
      ADMIN_JWT_SECRET: 'e2e-admin-jwt-secret',
      TRANSFER_TOKEN_SALT: 'e2e-transfer-token-salt',
      JWT_SECRET: 'e2e-jwt-secret',
      ENCRYPTION_KEY: 'e2e-encryption-key',
    },
    // A publication shows at once: the journeys read what an editor just published.
    siteEnv: { PUBLIC_CACHE_SECONDS: '0' },
  });
  project.provide('siteUrl', stack.siteUrl);
  project.provide('strapiUrl', stack.strapiUrl);
  project.provide('inboxUrl', stack.inbox.url);

  return async () => {
    await stack.stop();
    fs.rmSync(sqliteFile, { force: true });
  };
}

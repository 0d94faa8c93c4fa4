/**
 * Once per e2e run: compiles what is stale, gives the run an empty database (on DATABASE_URL's
 * server when given, CI; else on a local PostgreSQL started for the run, whose address the test
 * files inherit for their own stacks), and starts the whole product: the local inbox, Strapi
 * (`strapi start`, demo data) and the built site (`node dist/server/entry.mjs`). Not the product
 * when only the files with a stack of their own run (E2E_PART=own-stacks).
 */
import type { TestProject } from 'vitest/node';
import { freshDatabase, testDatabaseServer } from '../../../scripts/postgres';
import { buildIfNeeded, ensureLocalSecrets, startStack } from '../../../scripts/stack';
import { e2ePart } from './own-stacks';

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

  const server = await testDatabaseServer('aec-e2e-postgres');
  process.env.DATABASE_URL ??= server.url;
  // Files with a stack of their own need only the database server.
  if (e2ePart() === 'own-stacks') return () => server.stop();
  const database = { DATABASE_URL: await freshDatabase(process.env.DATABASE_URL, 'e2e') };

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
    await server.stop();
  };
}

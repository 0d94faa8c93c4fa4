import type { Core } from '@strapi/strapi';
import { postgresConnection } from '../src/db/connection';
import { cmsEnv } from '../src/env';

/**
 * PostgreSQL, the one engine: DATABASE_URL, or the DATABASE_HOST/PORT/NAME/USERNAME/PASSWORD
 * parts. `npm start` and the tests give Strapi a local server of their own (scripts/postgres.ts).
 */
const config = (): Core.Config.Database => {
  const settings = cmsEnv();
  const randomPageCost = settings.DATABASE_RANDOM_PAGE_COST;
  return {
    connection: {
      client: 'postgres',
      connection: {
        ...postgresConnection(),
        // An association's database fits in memory (or on an SSD): reading a row through an index
        // costs about what reading it in sequence does. With PostgreSQL's default (meant for
        // spinning disks) the planner scanned every fiche of a small database (docs/performance.md).
        ...(randomPageCost === 'off' ? {} : { options: `-c random_page_cost=${randomPageCost}` }),
      },
      pool: { min: settings.DATABASE_POOL_MIN, max: settings.DATABASE_POOL_MAX },
      acquireConnectionTimeout: settings.DATABASE_CONNECTION_TIMEOUT,
    },
  };
};

export default config;

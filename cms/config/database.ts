import path from 'path';
import type { Core } from '@strapi/strapi';
import { cmsEnv } from '../src/env';

/**
 * SQLite file by default (zero set-up); PostgreSQL when DATABASE_URL is set
 * (or DATABASE_CLIENT=postgres with the DATABASE_HOST/PORT/NAME/USERNAME/PASSWORD parts).
 */
const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Database => {
  const settings = cmsEnv();

  if (settings.databaseClient === 'postgres') {
    const randomPageCost = settings.DATABASE_RANDOM_PAGE_COST;
    return {
      connection: {
        client: 'postgres',
        connection: {
          // pg uses the connection string when given, the parts otherwise.
          connectionString: settings.DATABASE_URL,
          host: env('DATABASE_HOST', '127.0.0.1'),
          port: env.int('DATABASE_PORT', 5432),
          database: env('DATABASE_NAME', 'aec'),
          user: env('DATABASE_USERNAME', 'postgres'),
          password: env('DATABASE_PASSWORD', ''),
          ssl: env.bool('DATABASE_SSL', false)
            ? { rejectUnauthorized: env.bool('DATABASE_SSL_REJECT_UNAUTHORIZED', true) }
            : false,
          // An association's database fits in memory (or on an SSD): reading a row through an index
          // costs about what reading it in sequence does. With PostgreSQL's default (4, for spinning
          // disks) the planner scanned every fiche of a small database for « Mes fiches » (8.4 ms
          // instead of 1.9 ms for the count, at 100 members and 10,000 fiches).
          ...(randomPageCost === 'off' ? {} : { options: `-c random_page_cost=${randomPageCost}` }),
        },
        pool: { min: env.int('DATABASE_POOL_MIN', 0), max: env.int('DATABASE_POOL_MAX', 10) },
        acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 60000),
      },
    };
  }

  const file = settings.DATABASE_FILENAME;
  return {
    connection: {
      client: 'sqlite',
      connection: {
        // Relative paths are relative to cms/ (config is compiled into cms/dist/config).
        filename: path.isAbsolute(file) ? file : path.join(__dirname, '..', '..', file),
      },
      useNullAsDefault: true,
      acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 60000),
    },
  };
};

export default config;

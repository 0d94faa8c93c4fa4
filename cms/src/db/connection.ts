/** Where PostgreSQL is, from the environment: for Strapi's pool and for the job queue's. */
import { cmsEnv } from '../env';

export function postgresConnection() {
  const settings = cmsEnv();
  return {
    // pg uses the connection string when given, the parts otherwise.
    connectionString: settings.DATABASE_URL,
    host: settings.DATABASE_HOST,
    port: settings.DATABASE_PORT,
    database: settings.DATABASE_NAME,
    user: settings.DATABASE_USERNAME,
    password: settings.DATABASE_PASSWORD,
    ssl: settings.DATABASE_SSL ? { rejectUnauthorized: settings.DATABASE_SSL_REJECT_UNAUTHORIZED } : false,
  };
}

/**
 * The environment every test Strapi runs with: secrets for tests only, demo data on
 * (members A and B of the tests are the demo accounts). The database is the run's
 * (DATABASE_URL, set by global-setup.ts).
 */

export function applyTestEnv(): void {
  Object.assign(process.env, {
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    APP_KEYS: 'test-key-a,test-key-b',
    API_TOKEN_SALT: 'test-api-token-salt',
    ADMIN_JWT_SECRET: 'test-admin-jwt-secret',
    TRANSFER_TOKEN_SALT: 'test-transfer-token-salt',
    JWT_SECRET: 'test-jwt-secret',
    ENCRYPTION_KEY: 'test-encryption-key',
    DEMO_DATA: 'true',
    INTERNAL_API_SECRET: 'test-internal-api-secret',
    SITE_URL: 'http://localhost:4321',
    STRAPI_TELEMETRY_DISABLED: 'true',
    STRAPI_DISABLE_UPDATE_NOTIFICATION: 'true',
    BROWSER: 'none',
  });
}

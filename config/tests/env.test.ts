import { describe, expect, it } from 'vitest';
import { cmsEnvSchema, EnvError, parseEnv, siteEnvSchema } from '../src/index.js';

const secrets = {
  APP_KEYS: 'a,b',
  API_TOKEN_SALT: 's',
  ADMIN_JWT_SECRET: 's',
  TRANSFER_TOKEN_SALT: 's',
  JWT_SECRET: 's',
  ENCRYPTION_KEY: 's',
};

describe('la configuration par variables d’environnement', () => {
  it('donne des valeurs par défaut qui marchent en local : la boîte de réception locale, les données de démonstration', () => {
    const env = parseEnv(cmsEnvSchema, secrets);
    expect(env.SMTP_PORT).toBe(1025);
    expect(env.demoData).toBe(true);
  });

  it('nomme chaque variable fautive et dit ce qui ne va pas, sans afficher les secrets', () => {
    try {
      parseEnv(cmsEnvSchema, { ...secrets, JWT_SECRET: undefined, SMTP_PORT: 'abc', SITE_URL: 'exemple' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(EnvError);
      const text = (error as EnvError).message;
      expect(text).toContain('JWT_SECRET est obligatoire (absente)');
      expect(text).toContain('SMTP_PORT');
      expect(text).toContain('reçu « abc »');
      expect(text).toContain('SITE_URL doit être une URL complète');
    }
  });

  it('refuse les données de démonstration en production', () => {
    expect(() => parseEnv(cmsEnvSchema, { ...secrets, NODE_ENV: 'production', DEMO_DATA: 'true' })).toThrow(
      /DEMO_DATA/,
    );
    expect(parseEnv(cmsEnvSchema, { ...secrets, NODE_ENV: 'production' }).demoData).toBe(false);
  });

  it('règle le coût d’une lecture par index pour PostgreSQL, ou rien avec « off »', () => {
    expect(parseEnv(cmsEnvSchema, secrets).DATABASE_RANDOM_PAGE_COST).toBe(1.1);
    expect(parseEnv(cmsEnvSchema, { ...secrets, DATABASE_RANDOM_PAGE_COST: '4' }).DATABASE_RANDOM_PAGE_COST).toBe(4);
    expect(parseEnv(cmsEnvSchema, { ...secrets, DATABASE_RANDOM_PAGE_COST: 'off' }).DATABASE_RANDOM_PAGE_COST).toBe(
      'off',
    );
    expect(() => parseEnv(cmsEnvSchema, { ...secrets, DATABASE_RANDOM_PAGE_COST: 'vite' })).toThrow(
      /DATABASE_RANDOM_PAGE_COST/,
    );
  });

  it('journalise chaque requête en développement, pas en production (sauf si on le demande)', () => {
    expect(parseEnv(cmsEnvSchema, secrets).logRequests).toBe(true);
    expect(parseEnv(cmsEnvSchema, { ...secrets, NODE_ENV: 'production' }).logRequests).toBe(false);
    expect(parseEnv(cmsEnvSchema, { ...secrets, NODE_ENV: 'production', LOG_REQUESTS: 'true' }).logRequests).toBe(true);
  });

  it('donne au site l’adresse de Strapi et un délai d’attente', () => {
    expect(parseEnv(siteEnvSchema, {})).toMatchObject({ STRAPI_URL: 'http://127.0.0.1:1337', STRAPI_TIMEOUT_MS: 5000 });
  });

  it('lit aussi les réglages de PostgreSQL par parties, vérifiés comme les autres', () => {
    expect(parseEnv(cmsEnvSchema, secrets)).toMatchObject({
      DATABASE_HOST: '127.0.0.1',
      DATABASE_PORT: 5432,
      DATABASE_NAME: 'aec',
      DATABASE_POOL_MIN: 0,
      DATABASE_POOL_MAX: 10,
      DATABASE_CONNECTION_TIMEOUT: 60000,
    });
    expect(parseEnv(cmsEnvSchema, { ...secrets, DATABASE_PORT: '6432', DATABASE_POOL_MAX: '4' })).toMatchObject({
      DATABASE_PORT: 6432,
      DATABASE_POOL_MAX: 4,
    });
    expect(() => parseEnv(cmsEnvSchema, { ...secrets, DATABASE_POOL_MAX: 'dix' })).toThrow(
      'DATABASE_POOL_MAX doit être un nombre entier (reçu « dix »)',
    );
    expect(() => parseEnv(cmsEnvSchema, { ...secrets, DATABASE_PASSWORD: 'secret', DATABASE_PORT: 'x' })).toThrow(
      'DATABASE_PORT',
    );
  });

  it('garde le contenu public 15 s (une publication paraît dans ce délai), 0 pour rien garder, et refuse le reste', () => {
    expect(parseEnv(siteEnvSchema, {}).PUBLIC_CACHE_SECONDS).toBe(15);
    expect(parseEnv(siteEnvSchema, { PUBLIC_CACHE_SECONDS: '0' }).PUBLIC_CACHE_SECONDS).toBe(0);
    expect(() => parseEnv(siteEnvSchema, { PUBLIC_CACHE_SECONDS: 'quinze' })).toThrow(
      'PUBLIC_CACHE_SECONDS doit être un nombre de secondes, par exemple 15 (reçu « quinze »)',
    );
    expect(() => parseEnv(siteEnvSchema, { PUBLIC_CACHE_SECONDS: '-1' })).toThrow('doit être positif ou nul');
  });
});

/*
 * Every on/off switch, one by one: its default, each way of writing "on" and "off", and a clear
 * refusal of anything else. Written before the move to zod 4, where a default written as the
 * string 'false' can come back as a truthy string: TRUST_PROXY on by default would let a forged
 * X-Forwarded-For choose the address the login limits count.
 */
const ON = ['true', '1', 'yes'];
const OFF = ['false', '0', 'no'];

/** Each switch: the schema, the variable, where its value is read, and its default when unset. */
const SWITCHES = [
  { side: 'cms', name: 'SMTP_SECURE', read: 'SMTP_SECURE', byDefault: false },
  { side: 'cms', name: 'TRUST_PROXY', read: 'TRUST_PROXY', byDefault: false },
  { side: 'cms', name: 'AUTH_RATELIMIT_ENABLED', read: 'AUTH_RATELIMIT_ENABLED', byDefault: true },
  { side: 'cms', name: 'MEASURE', read: 'MEASURE', byDefault: false },
  { side: 'cms', name: 'DATABASE_SSL', read: 'DATABASE_SSL', byDefault: false },
  { side: 'cms', name: 'DATABASE_SSL_REJECT_UNAUTHORIZED', read: 'DATABASE_SSL_REJECT_UNAUTHORIZED', byDefault: true },
  // Unset, these follow NODE_ENV: on in development, as the tests run here (and off in production).
  { side: 'cms', name: 'DEMO_DATA', read: 'demoData', byDefault: true },
  { side: 'cms', name: 'LOG_REQUESTS', read: 'logRequests', byDefault: true },
  { side: 'site', name: 'TRUST_PROXY', read: 'TRUST_PROXY', byDefault: false },
  { side: 'site', name: 'MEASURE', read: 'MEASURE', byDefault: false },
] as const;

function read(side: 'cms' | 'site', variables: Record<string, string>, key: string): unknown {
  const env =
    side === 'cms'
      ? parseEnv(cmsEnvSchema, { NODE_ENV: 'development', ...secrets, ...variables })
      : parseEnv(siteEnvSchema, { NODE_ENV: 'development', ...variables });
  return (env as Record<string, unknown>)[key];
}

describe('les interrupteurs de l’environnement', () => {
  for (const { side, name, read: key, byDefault } of SWITCHES) {
    it(`${side} ${name} : ${byDefault ? 'allumé' : 'éteint'} par défaut, « false » l’éteint vraiment, « true » l’allume`, () => {
      expect(read(side, {}, key)).toBe(byDefault);
      for (const value of OFF) expect(read(side, { [name]: value }, key), value).toBe(false);
      for (const value of ON) expect(read(side, { [name]: value }, key), value).toBe(true);
      expect(() => read(side, { [name]: 'peut-être' }, key)).toThrow(EnvError);
      expect(() => read(side, { [name]: 'peut-être' }, key)).toThrow(/doit valoir true ou false/);
    });
  }

  it('en production, la journalisation de chaque requête et les données de démonstration sont éteintes par défaut', () => {
    const env = parseEnv(cmsEnvSchema, { NODE_ENV: 'production', ...secrets });
    expect(env.logRequests).toBe(false);
    expect(env.demoData).toBe(false);
  });
});

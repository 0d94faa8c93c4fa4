/**
 * What the benchmark and the load script share: a PostgreSQL database seeded at a scale, the
 * built site and Strapi in production mode on it (limits off, MEASURE on), and members logged in.
 */
import fs from 'node:fs';
import pg from 'pg';
import { ensureDatabase } from '../postgres';
import { buildIfNeeded, ensureLocalSecrets, startStack, type Stack } from '../stack';
import { benchEmail, BENCH_PASSWORD, seed, type Scale } from './seed';

export const SITE_PORT = 4390;
export const STRAPI_PORT = 1390;

const SECRETS = {
  APP_KEYS: 'bench-key-a,bench-key-b',
  API_TOKEN_SALT: 'bench-api-token-salt',
  ADMIN_JWT_SECRET: 'bench-admin-jwt-secret',
  TRANSFER_TOKEN_SALT: 'bench-transfer-token-salt',
  JWT_SECRET: 'bench-jwt-secret',
  ENCRYPTION_KEY: 'bench-encryption-key',
};

export function argument(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1]! : fallback;
}

/** The benchmark's own database beside the one DATABASE_URL names (created if missing). */
export function benchDatabase(name: string, fresh: boolean): Promise<string> {
  return ensureDatabase(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres', name, { fresh });
}

async function hasSchema(databaseUrl: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM information_schema.tables WHERE table_name = 'up_users'");
    return (found.rowCount ?? 0) > 0;
  } finally {
    await client.end();
  }
}

export async function prepare(
  databaseUrl: string,
  scale: Scale,
  extra: { cmsEnv?: Record<string, string>; siteEnv?: Record<string, string>; instances?: number } = {},
): Promise<Stack> {
  ensureLocalSecrets();
  buildIfNeeded({ admin: true });
  const database = { DATABASE_URL: databaseUrl, ...SECRETS };
  if (!(await hasSchema(databaseUrl))) {
    console.log('→ Premier démarrage de Strapi sur la base (schéma et données de démonstration)…');
    const first = await startStack({
      sitePort: SITE_PORT,
      strapiPort: STRAPI_PORT,
      cmsEnv: { ...database, DEMO_DATA: 'true' },
    });
    await first.stop();
  }
  console.log(
    `→ Données du banc d’essai : ${scale.members} membres, ${scale.fiches} fiches, ${scale.payments} paiements`,
  );
  const started = Date.now();
  await seed(databaseUrl, scale);
  console.log(`  (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  console.log('→ Strapi (production) et le site construit…');
  return startStack({
    sitePort: SITE_PORT,
    strapiPort: STRAPI_PORT,
    cmsEnv: {
      ...database,
      NODE_ENV: 'production',
      DEMO_DATA: 'false',
      AUTH_RATELIMIT_ENABLED: 'false',
      MEASURE: 'true',
      ...extra.cmsEnv,
    },
    siteEnv: { MEASURE: 'true', ...extra.siteEnv },
    instances: extra.instances,
  });
}

/** Logs bench member n in through the site's form, as a browser would; returns its cookies. */
export async function memberCookies(siteUrl: string, n: number): Promise<string> {
  const response = await fetch(`${siteUrl}/connexion`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: siteUrl },
    body: new URLSearchParams({ email: benchEmail(n), password: BENCH_PASSWORD, retour: '/' }),
    redirect: 'manual',
  });
  const cookies = response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0])
    .join('; ');
  if (response.status !== 303 || !cookies.includes('aec_access=')) {
    throw new Error(`connexion de ${benchEmail(n)} refusée (${response.status})`);
  }
  return cookies;
}

/** Resident memory of a process, in MB, from /proc. */
export function rssMegabytes(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+)/.exec(status)?.[1];
    return kb ? Math.round(Number(kb) / 1024) : null;
  } catch {
    return null;
  }
}

/**
 * CPU time a process has used so far (user and system), in ms, from /proc. Steadier than
 * req/s on a shared machine: time the process waits for a busy core is not counted.
 */
export function cpuMilliseconds(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // After the command name (in parentheses): state is field 3, utime and stime fields 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    // Linux counts them in USER_HZ, 100 per second.
    return Number.isFinite(ticks) ? ticks * 10 : null;
  } catch {
    return null;
  }
}

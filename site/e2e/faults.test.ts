/**
 * Fault scripts: the product meets a failure behind it, and a person sees a calm French page,
 * then everything comes back without a restart. A stack of its own (ports 4396/1396), with a
 * proxy in front of Strapi that can slow it down, and an SMTP server that starts late.
 * Run alone: `npm run faults -w site`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSettings } from '@aec/config';
import { startInbox, type Inbox } from '../../scripts/mail-inbox';
import { startStack, type Stack } from '../../scripts/stack';
import { freshDatabase } from '../../scripts/postgres';
import { cutConnections } from './harness/database';
import { startSlowProxy, type SlowProxy } from './harness/slow-proxy';

const SITE_PORT = 4396;
const STRAPI_PORT = 1396;
const PROXY_PORT = 1395;
const LATE_SMTP_PORT = 1394;
const SITE_TIMEOUT_MS = 1_500;

let stack: Stack;
let proxy: SlowProxy;
let lateInbox: Inbox | undefined;
let databaseUrl: string;

beforeAll(async () => {
  proxy = await startSlowProxy(`http://127.0.0.1:${STRAPI_PORT}`, PROXY_PORT);
  // The run's server (global-setup.ts), a database of its own.
  databaseUrl = await freshDatabase(process.env.DATABASE_URL!, 'faults');
  stack = await startStack({
    sitePort: SITE_PORT,
    strapiPort: STRAPI_PORT,
    verbose: process.env.E2E_VERBOSE === '1',
    cmsEnv: {
      DATABASE_URL: databaseUrl,
      DEMO_DATA: 'true',
      AUTH_RATELIMIT_ENABLED: 'false',
      // No SMTP server here yet: the mail test starts one late.
      SMTP_PORT: String(LATE_SMTP_PORT),
      MAIL_RETRY_DELAYS_MS: '1000,2000,4000,8000',
      APP_KEYS: 'faults-key-a,faults-key-b',
      API_TOKEN_SALT: 'faults-api-token-salt',
      ADMIN_JWT_SECRET: 'faults-admin-jwt-secret',
      TRANSFER_TOKEN_SALT: 'faults-transfer-token-salt',
      JWT_SECRET: 'faults-jwt-secret',
      ENCRYPTION_KEY: 'faults-encryption-key',
    },
    siteEnv: { STRAPI_URL: proxy.url, STRAPI_TIMEOUT_MS: String(SITE_TIMEOUT_MS) },
  });
}, 240_000);

afterAll(async () => {
  await stack?.stop();
  await proxy?.close();
  await lateInbox?.close();
});

async function get(pathname: string): Promise<{ status: number; html: string; ms: number }> {
  const started = performance.now();
  const response = await fetch(new URL(pathname, stack.siteUrl));
  const html = await response.text();
  return { status: response.status, html, ms: performance.now() - started };
}

async function until(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

const CALM = 'Le site est momentanément indisponible';

describe('pannes : ce que voit une personne, puis le retour à la normale', () => {
  it('Strapi arrêté : la page française 503 en moins de 2 s ; il revient sans redémarrer le site', async () => {
    expect((await get('/actualites')).status).toBe(200);
    expect((await get('/sante?complet')).status).toBe(200);
    await stack.stopStrapi();
    try {
      // What a monitor sees: the site answers, and says it cannot reach Strapi.
      expect((await get('/sante')).status).toBe(200);
      const health = await get('/sante?complet');
      expect(health.status).toBe(503);
      expect(health.html).toContain('strapi : injoignable');
      // (The home page may still show for a few seconds from the site's short cache of public blocks.)
      for (const pathname of [
        '/actualites',
        '/rubriques/marques-et-signatures',
        '/espace-membres/mon-compte',
        '/connexion',
      ]) {
        const down = await get(pathname);
        if (pathname === '/espace-membres/mon-compte' || pathname === '/connexion') {
          // No session to check, and the login form needs no Strapi to be shown: it still answers,
          // with the association's name and address as last read.
          expect(down.ms, pathname).toBeLessThan(2_000);
          if (pathname === '/connexion') expect(down.html).toContain(defaultSettings.identity.name);
          continue;
        }
        expect(down.status, pathname).toBe(503);
        expect(down.html, pathname).toContain(CALM);
        expect(down.html, pathname).toContain(`écrivez-nous à ${defaultSettings.identity.contactEmail}`);
        expect(down.html, pathname).not.toMatch(/ECONNREFUSED|at .*\.(m?js|ts):\d+/);
        expect(down.ms, pathname).toBeLessThan(2_000);
      }
    } finally {
      await stack.startStrapi();
    }
    expect(await until(async () => (await get('/actualites')).status === 200, 30_000)).toBe(true);
  }, 120_000);

  it('PostgreSQL coupe toutes ses connexions (comme un redémarrage) : Strapi et le site reprennent seuls', async () => {
    expect((await get('/actualites')).status).toBe(200);
    expect(await cutConnections(databaseUrl)).toBeGreaterThan(0);
    // At most a moment of calm 503s, then the pages come back, without restarting anything.
    const back = await until(async () => (await get('/actualites')).status === 200, 15_000);
    expect(back).toBe(true);
    const login = await fetch(`${stack.strapiUrl}/api/auth/local`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ identifier: 'marie.dupont@exemple.fr', password: 'Demo-Ceramique-2026' }),
    });
    expect(login.status).toBe(200);
  }, 60_000);

  it('serveur SMTP en panne pendant « Mot de passe oublié » : même réponse, et le mail part quand il revient', async () => {
    const form = await fetch(new URL('/mot-de-passe-oublie', stack.siteUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: new URL(stack.siteUrl).origin },
      body: new URLSearchParams({ email: 'claire.lefevre@exemple.fr' }),
      redirect: 'manual',
    });
    expect([200, 303]).toContain(form.status);
    const answer = form.status === 303 ? await get(form.headers.get('location') ?? '/') : { html: await form.text() };
    expect(answer.html).toContain('Si un compte');
    // The SMTP server comes back a little later; the retry delivers the mail.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    lateInbox = await startInbox({ smtpPort: LATE_SMTP_PORT, httpPort: 0 });
    const mail = await lateInbox.waitFor('claire.lefevre@exemple.fr', undefined, 30_000);
    expect(mail.subject).toBe('Réinitialiser votre mot de passe');
  }, 60_000);

  it('Strapi plus lent que le délai du site : la page d’attente, et aucune connexion laissée pendante', async () => {
    proxy.delayMs = SITE_TIMEOUT_MS + 3_000;
    const abandonedBefore = proxy.abandoned();
    const slow = await get('/actualites');
    expect(slow.status).toBe(503);
    expect(slow.html).toContain(CALM);
    expect(slow.ms).toBeLessThan(SITE_TIMEOUT_MS + 1_000);
    // The site gave up and closed its requests: nothing stays open waiting for Strapi.
    expect(await until(async () => proxy.inFlight() === 0, 5_000)).toBe(true);
    expect(proxy.abandoned()).toBeGreaterThan(abandonedBefore);
    proxy.delayMs = 0;
    expect((await get('/actualites')).status).toBe(200);
  }, 60_000);
});

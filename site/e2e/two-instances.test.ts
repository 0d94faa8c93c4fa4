/**
 * Two Strapi and two sites on one database, each pair behind a round-robin proxy (the production
 * layout with two instances, README « Production »): what one instance learns, the other knows;
 * limits, reminders and mails hold across both; killed mid-mailing, nothing is lost or sent twice.
 * A stack of its own (ports 4410–4412 and 1410–1412). The sites share their sessions through
 * Redis when REDIS_URL is set (CI), else through one folder.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../scripts/postgres';
import { startStack, type Stack } from '../../scripts/stack';
import { memberVisits } from '../../scripts/bench/visits';
import { hasChromium, useChromium } from './harness/browser';
import { PASSWORD } from './harness/site';

const SITE_PORT = 4410;
const STRAPI_PORT = 1410;
const VOLUNTEER = { email: 'benevole.demo@exemple.fr', password: 'Benevole-AEC-demo-2026' };
const WELCOME_SUBJECT = /première connexion/i;
const IMPORTED = 2_000;
const DOMAIN = '@deux-instances.exemple.fr';

const browser = useChromium();
let stack: Stack;
let databaseUrl: string;
let sessionDir: string | undefined;

beforeAll(async () => {
  databaseUrl = await freshDatabase(process.env.DATABASE_URL!, 'two_instances');
  if (!process.env.REDIS_URL) sessionDir = fs.mkdtempSync(path.join(os.tmpdir(), 'aec-sessions-'));
  stack = await startStack({
    instances: 2,
    sitePort: SITE_PORT,
    strapiPort: STRAPI_PORT,
    inboxKeeps: 10_000,
    verbose: process.env.E2E_VERBOSE === '1',
    cmsEnv: {
      DATABASE_URL: databaseUrl,
      DEMO_DATA: 'true',
      // Limits on, as in production: they must hold whichever instance answers.
      AUTH_RATELIMIT_ENABLED: 'true',
      // The reminders run every minute here rather than once a day.
      REMINDERS_SCHEDULE: '* * * * *',
      MAIL_PER_SECOND: '200',
      MAIL_RETRY_DELAYS_MS: '1000,2000,4000,8000',
      APP_KEYS: 'two-key-a,two-key-b',
      API_TOKEN_SALT: 'two-api-token-salt',
      ADMIN_JWT_SECRET: 'two-admin-jwt-secret',
      TRANSFER_TOKEN_SALT: 'two-transfer-token-salt',
      JWT_SECRET: 'two-jwt-secret',
      ENCRYPTION_KEY: 'two-encryption-key',
    },
    siteEnv: {
      PUBLIC_CACHE_SECONDS: '0',
      ...(process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL } : { SESSION_DIR: sessionDir! }),
    },
  });
}, 300_000);

afterAll(async () => {
  await stack?.stop();
  if (sessionDir) fs.rmSync(sessionDir, { recursive: true, force: true });
});

async function query<T>(sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query(sql, values)).rows as T[];
  } finally {
    await client.end();
  }
}

async function until(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${what} : toujours pas après ${timeoutMs / 1000} s`);
}

/** The login form, posted to one site instance; its answer and the session's cookies. */
async function logIn(siteUrl: string, email: string, password: string) {
  const response = await fetch(`${siteUrl}/connexion`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: new URL(siteUrl).origin },
    body: new URLSearchParams({ email, password }),
    redirect: 'manual',
  });
  const cookie = response.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
  return { status: response.status, location: response.headers.get('location'), cookie };
}

async function page(siteUrl: string, pathname: string, cookie: string) {
  const response = await fetch(`${siteUrl}${pathname}`, { headers: { cookie }, redirect: 'manual' });
  return { status: response.status, html: await response.text() };
}

async function volunteerToken(): Promise<string> {
  const response = await fetch(`${stack.strapiUrl}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(VOLUNTEER),
  });
  const body = (await response.json()) as { data?: { token?: string } };
  if (!body.data?.token) throw new Error(`connexion de la bénévole refusée (${response.status})`);
  return body.data.token;
}

describe('deux instances de chaque derrière un répartiteur', () => {
  it('une membre se connecte par un site ; l’autre site la reconnaît, et chaque Strapi répond pour elle', async () => {
    const [first, second] = stack.siteUrls as [string, string];
    const login = await logIn(first, 'marie.dupont@exemple.fr', PASSWORD);
    expect(login.status).toBe(303);
    expect(login.cookie).toContain('aec_access=');
    // Four pages through the other site: its calls go to both Strapi, in turn.
    for (let n = 0; n < 4; n += 1) {
      const account = await page(second, '/espace-membres/mon-compte', login.cookie);
      expect(account.status).toBe(200);
      expect(account.html).toContain('Marie');
    }
  });

  it.skipIf(!hasChromium)(
    'un formulaire commencé sur un site, refusé, se retrouve rempli sur l’autre : rien de ce qui est tapé n’est perdu',
    async () => {
      const [first, second] = stack.siteUrls as [string, string];
      const context = await browser.current.newContext({ locale: 'fr-FR' });
      const tab: Page = await context.newPage();
      const main = tab.locator('main');
      await tab.goto(`${first}/adherer/1`);
      const shownAt = Date.now();
      await main.getByLabel('Adresse e-mail (identifiant de connexion)').fill('deux.sites@exemple.fr');
      await main.getByRole('radio', { name: 'Madame' }).check();
      await main.getByRole('textbox', { name: 'Prénom' }).fill('Agathe');
      await main.getByRole('textbox', { name: 'Nom', exact: true }).fill('Deux-Sites');
      await main.getByLabel('Mot de passe de votre choix').fill('Faience-de-Nevers-1650');
      await main.getByLabel('Le même mot de passe, à nouveau').fill('Faience-de-Nevers-1651');
      // A person takes more than 3 seconds; a robot does not.
      await tab.waitForTimeout(Math.max(0, 3_200 - (Date.now() - shownAt)));
      await main.getByRole('button', { name: 'Suivant' }).click();
      await tab.getByText('Les deux mots de passe ne sont pas identiques').first().waitFor();

      // The same visitor, on the other site instance (cookies do not depend on the port).
      await tab.goto(`${second}/adherer/1`);
      expect(await main.getByLabel('Adresse e-mail (identifiant de connexion)').inputValue()).toBe(
        'deux.sites@exemple.fr',
      );
      expect(await main.getByRole('textbox', { name: 'Prénom' }).inputValue()).toBe('Agathe');
      await context.close();
    },
  );

  it('huit mauvais mots de passe par les deux sites : le neuvième est refusé, quelle que soit l’instance', async () => {
    const who = 'jean.martin@exemple.fr';
    for (let n = 1; n <= 8; n += 1) {
      const attempt = await logIn(stack.siteUrl, who, `mauvais-${n}`);
      expect(attempt.status).toBe(400);
    }
    // Through each site, hence each Strapi in turn: refused every time, the right password too.
    for (const siteUrl of [...stack.siteUrls, ...stack.siteUrls]) {
      const ninth = await logIn(siteUrl, who, 'mauvais-9');
      expect(ninth.status).toBe(429);
    }
  });

  it('la bénévole confirme un virement par un Strapi : « Mon compte » le montre par les deux sites', async () => {
    const who = 'claire.lefevre@exemple.fr';
    const member = await logIn(stack.siteUrl, who, PASSWORD);
    expect(member.status).toBe(303);
    const declared = await fetch(`${stack.siteUrl}/espace-membres/cotisation`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: new URL(stack.siteUrl).origin,
        cookie: member.cookie,
      },
      body: new URLSearchParams({ transferDate: new Date().toISOString().slice(0, 10) }),
      redirect: 'manual',
    });
    expect(declared.status).toBe(303);

    const token = await volunteerToken();
    const base = `${stack.strapiUrl}/content-manager/collection-types/api::dues-payment.dues-payment`;
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
    const search = new URLSearchParams({
      'filters[$and][0][profile][accountEmail][$eq]': who,
      'filters[$and][1][state][$eq]': 'declare',
    });
    const found = (await (await fetch(`${base}?${search}`, { headers })).json()) as {
      results: Array<{ documentId: string }>;
    };
    const documentId = found.results[0]?.documentId;
    expect(documentId).toBeTruthy();
    const today = new Date().toISOString().slice(0, 10);
    const saved = await fetch(`${base}/${documentId}`, {
      method: 'PUT',
      headers,
      body: JSON.stringify({ state: 'confirme', receivedOn: today }),
    });
    expect(saved.status).toBe(200);

    for (const siteUrl of stack.siteUrls) {
      const account = await page(siteUrl, '/espace-membres/mon-compte', member.cookie);
      expect(account.status).toBe(200);
      expect(account.html).toContain('À jour — prochaine échéance le');
    }
  });

  it(`${IMPORTED} membres importés, les deux Strapi tués (SIGKILL) pendant l’envoi : chacun reçoit exactement un mail de première connexion`, async () => {
    const lines = ['N° d’adhérent;Civilité;Prénom;Nom;E-mail;Adresse;Code postal;Ville;Prochaine échéance'];
    for (let n = 1; n <= IMPORTED; n += 1)
      lines.push(`;Madame;Odile;Importée;membre.${n}${DOMAIN};${n} rue des Émaux;58000;Nevers;`);
    const form = new FormData();
    form.append('file', new Blob([lines.join('\r\n')], { type: 'text/csv' }), 'membres.csv');
    const token = await volunteerToken();
    const started = await fetch(`${stack.strapiUrl}/members-csv/import`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
    expect(started.status).toBe(202);
    const { id } = (await started.json()) as { id: number };
    let progress: { state: string; created: number } | undefined;
    await until(
      async () => {
        const response = await fetch(`${stack.strapiUrl}/members-csv/import/${id}`, {
          headers: { authorization: `Bearer ${token}` },
        });
        progress = (await response.json()) as { state: string; created: number };
        return progress.state !== 'en_cours';
      },
      120_000,
      'l’import se termine',
    );
    expect(progress).toMatchObject({ state: 'termine', created: IMPORTED });

    const welcomed = () => stack.inbox.messages().filter((message) => WELCOME_SUBJECT.test(message.subject));
    await until(async () => welcomed().length >= IMPORTED / 4, 120_000, 'les mails d’accueil partent');
    // The relay stops answering; once each Strapi waits on a mail it is handing over, both are killed.
    const relay = stack.inbox.freeze();
    await until(async () => relay.held() >= stack.strapis.length, 10_000, 'chaque Strapi attend le relais');
    const before = welcomed().length;
    await stack.stopStrapi('SIGKILL');
    relay.thaw();
    expect(before).toBeLessThan(IMPORTED);

    await stack.startStrapi();
    await until(async () => new Set(welcomed().map((m) => m.to[0])).size >= IMPORTED, 180_000, 'tous les mails');
    // Nothing more comes: the two mails the relay held were sent again once, not twice.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const mails = welcomed();
    expect(mails).toHaveLength(IMPORTED);
    const recipients = new Set(mails.map((message) => message.to[0]));
    expect(recipients.size).toBe(IMPORTED);
    for (let n = 1; n <= IMPORTED; n += 1) expect(recipients.has(`membre.${n}${DOMAIN}`)).toBe(true);
    const [pending] = await query<{ n: string }>(
      "SELECT count(*) AS n FROM pgboss.job WHERE name = 'mail' AND state <> 'completed'",
    );
    expect(Number(pending?.n)).toBe(0);
  }, 420_000);

  it('des membres qui naviguent par les deux sites et les deux Strapi (npm run load) : aucune erreur', async () => {
    const cookies = [];
    for (const email of ['marie.dupont@exemple.fr', 'claire.lefevre@exemple.fr']) {
      const login = await logIn(stack.siteUrl, email, PASSWORD);
      expect(login.status).toBe(303);
      cookies.push(login.cookie);
    }
    // Straight after the import: the reminder pass, every minute here, reads the 2000 members
    // imported, and the member pages keep answering whether or not it overlaps the load.
    // A number of pages, not a duration: how many fit in a few seconds says how busy the machine
    // is, not whether the two instances share their members' sessions.
    const result = await memberVisits(stack.siteUrl, cookies, { connections: 20, pages: 200 });
    console.log(`200 pages par les deux sites : p99 ${result.p99} ms`);
    expect(result.kinds).toEqual([]);
    expect(result.errors).toBe(0);
    expect(result.requests).toBe(200);
  });

  it('chaque passe prévue l’est une fois pour les deux Strapi : ménage horaire, nouvelles du jour, relances', async () => {
    const schedules = await query<{ name: string }>('SELECT name FROM pgboss.schedule ORDER BY name');
    expect(schedules.map((schedule) => schedule.name)).toEqual(['menage-horaire', 'nouvelles-du-jour', 'relances']);
  });

  it('la passe de relances, prévue sur les deux Strapi, a lieu une fois : une relance et un mail par membre et par étape', async () => {
    // Every minute here: wait for one pass to have finished. A pass that was under way when both
    // Strapi were killed is failed once its heartbeat stops, then run again within a minute.
    await until(
      async () => (await query("SELECT 1 FROM pgboss.job WHERE name = 'relances' AND state = 'completed'")).length > 0,
      150_000,
      'une passe de relances',
    ).catch(async (error: Error) => {
      const jobs = await query(
        "SELECT state, retry_count, start_after, output FROM pgboss.job WHERE name = 'relances'",
      );
      throw new Error(`${error.message} ; ses travaux : ${JSON.stringify(jobs)}`);
    });
    // One job per occurrence of the schedule, whichever instance's clock filed it: pg-boss files each
    // occurrence in its slot (one minute here) through its send-it queue, once. After the restart, an
    // occurrence missed while both were down is filed in its own slot beside the one due now.
    const occurrences = await query<{ slot: string; n: string }>(
      "SELECT data->>'slot' AS slot, count(*) AS n FROM pgboss.job WHERE name = '__pgboss__send-it' AND data->>'name' = 'relances' GROUP BY 1",
    );
    expect(occurrences.length).toBeGreaterThan(0);
    for (const occurrence of occurrences) expect(Number(occurrence.n), occurrence.slot).toBe(1);
    const [passes] = await query<{ n: string }>("SELECT count(*) AS n FROM pgboss.job WHERE name = 'relances'");
    expect(Number(passes?.n)).toBeLessThanOrEqual(occurrences.length);
    const reminders = await query<{ email: string; step: string; n: string }>(
      'SELECT email, step_key AS step, count(*) AS n FROM reminders GROUP BY 1, 2',
    );
    expect(reminders.length).toBeGreaterThan(0);
    for (const reminder of reminders) expect(Number(reminder.n)).toBe(1);
    // One mail per reminder: the mails leave with their record (one transaction).
    await until(
      async () =>
        Number(
          (
            await query<{ n: string }>(
              "SELECT count(*) AS n FROM pgboss.job WHERE name = 'mail' AND data ? 'to' AND state <> 'completed'",
            )
          )[0]?.n,
        ) === 0,
      30_000,
      'les mails de relance partent',
    );
    for (const reminder of reminders) {
      const received = stack.inbox.messages().filter((message) => message.to.includes(reminder.email.toLowerCase()));
      expect(received.length).toBeGreaterThanOrEqual(1);
    }
  }, 200_000);
});

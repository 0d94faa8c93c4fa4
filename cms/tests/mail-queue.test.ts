/**
 * Mails are jobs in PostgreSQL (pg-boss): written in the same transaction as what they announce,
 * sent once, kept when the SMTP server is away.
 */
import path from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { useStrapi } from './harness/strapi';

const strapi = useStrapi();
const CLAIRE = 'claire.lefevre@exemple.fr';
const year = new Date().getUTCFullYear();

interface ReminderService {
  run: (today: string) => Promise<number>;
  plan: (today: string) => Promise<Array<{ email: string }>>;
}
const reminders = () => strapi.current.strapi.service('api::reminder.reminder') as unknown as ReminderService;

/** The running Strapi's own module (compiled in dist/), not a second copy of it. */
const welcome = () =>
  createRequire(import.meta.url)(
    path.resolve(__dirname, '../dist/src/api/member-import/services/welcome-mails.js'),
  ) as {
    queueWelcomeMails: (
      strapi: unknown,
      importId: number,
      accounts: Array<{ id: number; email: string }>,
    ) => Promise<void>;
    welcomeMailsPending: (strapi: unknown, importId: number) => Promise<number>;
  };

async function mailJobsTo(email: string): Promise<Array<{ state: string }>> {
  const result = (await strapi.current.strapi.db.connection.raw(
    "SELECT state FROM pgboss.job WHERE name = 'mail' AND data->>'to' = ?",
    [email],
  )) as { rows: Array<{ state: string }> };
  return result.rows;
}

describe('la file des mails', () => {
  it('« Mot de passe oublié ? » : un travail enregistré en base, envoyé une seule fois', async () => {
    strapi.current.inbox.clear();
    const before = (await mailJobsTo(CLAIRE)).length;
    const response = await fetch(`${strapi.current.baseUrl}/api/auth/forgot-password`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: CLAIRE }),
    });
    expect(response.status).toBe(200);
    await strapi.current.inbox.waitFor(CLAIRE);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const jobs = await mailJobsTo(CLAIRE);
    expect(jobs).toHaveLength(before + 1);
    expect(jobs.at(-1)?.state).toBe('completed');
    expect(strapi.current.inbox.messages().filter((mail) => mail.to.includes(CLAIRE))).toHaveLength(1);
  });

  it('une relance et son mail, tout ou rien : une passe interrompue n’a rien noté ni envoyé', async () => {
    strapi.current.inbox.clear();
    const day = `${year}-12-01`;
    expect((await reminders().plan(day)).map((planned) => planned.email)).toContain(CLAIRE);
    const jobsBefore = (await mailJobsTo(CLAIRE)).length;
    const recordedBefore = await strapi.current.strapi.db.query('api::reminder.reminder').count({});

    await expect(
      strapi.current.strapi.db.transaction(async () => {
        await reminders().run(day);
        throw new Error('panne au milieu de la passe');
      }),
    ).rejects.toThrow('panne au milieu de la passe');

    expect(await strapi.current.strapi.db.query('api::reminder.reminder').count({})).toBe(recordedBefore);
    expect(await mailJobsTo(CLAIRE)).toHaveLength(jobsBefore);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(strapi.current.inbox.messages()).toHaveLength(0);
    // Run again, it sends what it had not: each reminder once.
    expect((await reminders().plan(day)).map((planned) => planned.email)).toContain(CLAIRE);
  });

  it('les mails « première connexion » d’un import sont écrits avec les comptes : un lot annulé n’en laisse aucun', async () => {
    const IMPORT = 987_654;
    const user = await strapi.current.strapi.db
      .query('plugin::users-permissions.user')
      .findOne({ where: { email: CLAIRE }, select: ['id'] });
    await expect(
      strapi.current.strapi.db.transaction(async () => {
        await welcome().queueWelcomeMails(strapi.current.strapi, IMPORT, [{ id: user.id as number, email: CLAIRE }]);
        throw new Error('lot refusé par la base');
      }),
    ).rejects.toThrow('lot refusé par la base');
    expect(await welcome().welcomeMailsPending(strapi.current.strapi, IMPORT)).toBe(0);
    const result = (await strapi.current.strapi.db.connection.raw(
      "SELECT count(*) AS n FROM pgboss.job WHERE name = 'mail' AND data->>'importId' = ?",
      [String(IMPORT)],
    )) as { rows: Array<{ n: string }> };
    expect(Number(result.rows[0]?.n)).toBe(0);
  });
});

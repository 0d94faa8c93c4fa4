import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, association, nextPassDay } from '@aec/config';
import { adminAs } from './harness/admin';
import { testHooks } from './harness/hooks';
import { api, loginSession } from './harness/http';
import { useStrapi } from './harness/strapi';

const strapi = useStrapi();

interface ReminderService {
  run: (today: string) => Promise<number>;
  refreshPlan: (day: string) => Promise<number>;
  plan: (today: string) => Promise<Array<{ email: string; step: { key: string } }>>;
}

const MARIE = 'marie.dupont@exemple.fr';
const CLAIRE = 'claire.lefevre@exemple.fr';
const year = new Date().getUTCFullYear();
const service = () => strapi.current.strapi.service('api::reminder.reminder') as unknown as ReminderService;
const db = () => strapi.current.strapi.db;

function days(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = new Date(`${from}T00:00:00Z`); d <= new Date(`${to}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + 1)) {
    out.push(d.toISOString().slice(0, 10));
  }
  return out;
}

async function profileOf(email: string) {
  return db()
    .query('api::member-profile.member-profile')
    .findOne({ where: { accountEmail: email } });
}

let marieNextYear: string | undefined;
const sentTo: Record<string, string[]> = {};

beforeAll(async () => {
  strapi.current.inbox.clear();
  // The admin's copy of each due date is refreshed in the background after the demo payments
  // are saved; when this file is the first to start Strapi, the season must wait for it.
  for (let tries = 0; tries < 100 && !(await profileOf(CLAIRE))?.nextDueDate; tries += 1)
    await new Promise((resolve) => setTimeout(resolve, 100));
  // A year of daily runs, from a month before the demo members' due date (31 December) to spring.
  for (const day of days(`${year}-11-15`, `${year + 1}-03-20`)) {
    if (day === `${year + 1}-01-10`) {
      // Marie pays for next year: a volunteer records her cheque.
      const marie = await profileOf(MARIE);
      const payment = await strapi.current.strapi.documents('api::dues-payment.dues-payment').create({
        data: {
          profile: marie.documentId,
          periodStart: `${year + 1}-01-01`,
          periodEnd: `${year + 1}-12-31`,
          amountCents: 4000,
          method: 'cheque',
          state: 'confirme',
          receivedOn: day,
        },
      });
      marieNextYear = payment.documentId;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    for (const planned of await service().plan(day)) (sentTo[planned.email] ??= []).push(`${day} ${planned.step.key}`);
    await service().run(day);
  }
  await new Promise((resolve) => setTimeout(resolve, 500));
}, 120_000);

afterAll(async () => {
  if (marieNextYear)
    await strapi.current.strapi.documents('api::dues-payment.dues-payment').delete({ documentId: marieNextYear });
  await db().query('api::reminder.reminder').deleteMany({ where: {} });
  await db().query('api::planned-reminder.planned-reminder').deleteMany({ where: {} });
  await db().connection('member_profiles').update({ to_deactivate: false });
});

describe('les relances de cotisation, sur une saison simulée', () => {
  it('relance chaque étape une fois, le bon jour', () => {
    expect(sentTo[CLAIRE]).toEqual([
      `${year}-12-01 j-30`,
      `${year}-12-31 j0`,
      `${year + 1}-01-30 j+30`,
      `${year + 1}-03-01 j+60`,
    ]);
  });

  it('ne relance plus un membre qui a payé entre-temps', () => {
    expect(sentTo[MARIE]).toEqual([`${year}-12-01 j-30`, `${year}-12-31 j0`]);
  });

  it('n’écrit qu’une fois au couple, à l’adresse de connexion, et jamais au compte désactivé', () => {
    const addresses = new Set(strapi.current.inbox.messages().flatMap((mail) => mail.to));
    expect(addresses.has('paul.lefevre@exemple.fr')).toBe(false);
    expect(addresses.has('henri.moreau@exemple.fr')).toBe(false);
    expect(strapi.current.inbox.messages().filter((mail) => mail.to.includes(CLAIRE))).toHaveLength(4);
  });

  it('un second passage le même jour n’envoie rien', async () => {
    expect(await service().run(`${year + 1}-03-01`)).toBe(0);
  });

  it('le courriel reprend le modèle des bénévoles : prénom, échéance, montant du couple, référence, lien', () => {
    const mail = strapi.current.inbox
      .messages()
      .find((m) => m.to.includes(CLAIRE) && m.subject.startsWith('Votre cotisation arrive à échéance le'));
    expect(mail?.subject).toBe(`Votre cotisation arrive à échéance le 31 décembre ${year}`);
    expect(mail?.text).toContain('Bonjour Claire,');
    expect(mail?.text).toMatch(/60,00\s€/);
    expect(mail?.text).toMatch(/AEC-\d{4}-\d{4}/);
    expect(mail?.text).toContain('/espace-membres/cotisation');
  });

  it('après la dernière étape, le membre est « à désactiver » — pas désactivé', async () => {
    const claire = await profileOf(CLAIRE);
    expect(claire.toDeactivate).toBe(true);
    expect(claire.accountBlocked).toBe(false);
    expect((await profileOf(MARIE)).toDeactivate).toBe(false);
  });

  it('la liste « Relance prévue demain » dit qui recevra quoi, sans rien envoyer', async () => {
    const before = strapi.current.inbox.messages().length;
    // Next December, Marie (who paid) is due her first reminder again.
    expect(await service().refreshPlan(`${year + 1}-12-01`)).toBe(1);
    const plan = await db()
      .query('api::planned-reminder.planned-reminder')
      .findMany({ populate: { profile: { select: ['accountEmail'] } } });
    expect(plan.map((row) => [row.email, row.stepLabel])).toEqual([[MARIE, '30 jours avant l’échéance']]);
    // Written in bulk, each line still leads to the member's record.
    expect(plan[0]?.profile?.accountEmail).toBe(MARIE);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(strapi.current.inbox.messages()).toHaveLength(before);
  });

  it('le membre voit ses relances reçues sur « Mon compte »', async () => {
    const { jwt } = await loginSession(strapi.current.baseUrl, CLAIRE);
    const account = await api<{ data: { reminders: Array<{ stepLabel: string; dueDate: string }> } }>(
      strapi.current.baseUrl,
      '/api/me/account',
      { token: jwt },
    );
    expect(account.body.data.reminders.map((r) => r.stepLabel)).toEqual([
      '60 jours après l’échéance',
      '30 jours après l’échéance',
      'le jour de l’échéance',
      '30 jours avant l’échéance',
    ]);
  });

  it('un membre sans aucune cotisation enregistrée reçoit sa relance à lui, une fois, 30 jours après son adhésion (B13)', async () => {
    const email = 'sans.cotisation@exemple.fr';
    const member = await memberWithoutDues(email, `${year + 2}-01-15`);
    try {
      const planned = async (day: string) =>
        (await service().plan(day)).filter((reminder) => reminder.email === email).map((r) => r.step.key);
      expect(await planned(`${year + 2}-02-13`)).toEqual([]);
      expect(await planned(`${year + 2}-02-14`)).toEqual(['sans-cotisation']);
      await service().run(`${year + 2}-02-14`);
      expect(await planned(`${year + 2}-03-14`)).toEqual([]);
      const mail = await strapi.current.inbox.waitFor(email);
      expect(mail.subject).toBe('Votre cotisation à l’association');
      expect(mail.text).toContain('Bonjour Sidonie,');
      expect(mail.text).toContain('aucune cotisation');
      const { jwt } = await loginSession(strapi.current.baseUrl, email, { password: MEMBER_PASSWORD });
      const account = await api<{ data: { reminders: Array<{ stepLabel: string; dueDate: string | null }> } }>(
        strapi.current.baseUrl,
        '/api/me/account',
        { token: jwt },
      );
      expect(account.body.data.reminders).toEqual([
        expect.objectContaining({ stepLabel: 'pour une adhésion sans cotisation enregistrée', dueDate: null }),
      ]);
    } finally {
      await member.remove();
    }
  });
});

describe('« Relance prévue demain » dans l’administration (B4)', () => {
  it('se calcule quand un bénévole la lit : pleine sans redémarrage, à jour après un changement', async () => {
    const hooks = testHooks();
    hooks.planSettings.maxAgeMs = 0;
    const tomorrow = nextPassDay(new Date(), association.reminders.timezone, association.reminders.hour);
    const email = 'prevue.demain@exemple.fr';
    const member = await memberWithoutDues(email, addDays(tomorrow, -40));
    const token = await adminAs(strapi.current, 'aec-benevole', 'benevole.prevues@exemple.fr');
    const listed = async () => {
      const list = await api<{ results: Array<{ email: string }> }>(
        strapi.current.baseUrl,
        '/content-manager/collection-types/api::planned-reminder.planned-reminder?page=1&pageSize=100',
        { token },
      );
      expect(list.status).toBe(200);
      return list.body.results.map((row) => row.email).sort();
    };
    try {
      // As on a fresh install: nothing computed yet.
      await db().query('api::planned-reminder.planned-reminder').deleteMany({ where: {} });
      const expected = (await service().plan(tomorrow)).map((reminder) => reminder.email).sort();
      expect(expected).toContain(email);
      expect(await listed()).toEqual(expected);
      // A volunteer blocks the account: gone from the list at the next reading.
      await strapi.current.strapi
        .documents('api::member-profile.member-profile')
        .update({ documentId: member.profile.documentId, data: { accountBlocked: true } });
      let now = await listed();
      for (let tries = 0; tries < 20 && now.includes(email); tries += 1) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        now = await listed();
      }
      expect(now).not.toContain(email);
    } finally {
      hooks.planSettings.maxAgeMs = 60_000;
      await member.remove();
    }
  });
});

const MEMBER_PASSWORD = 'Grès-Au-Sel-De-La-Puisaye-1';

/** A member with an account and no dues recorded, and how to remove them. */
async function memberWithoutDues(email: string, joinedOn: string) {
  const role = await db()
    .query('plugin::users-permissions.role')
    .findOne({ where: { type: 'authenticated' } });
  const user = (await strapi.current.strapi.plugin('users-permissions').service('user').add({
    username: email,
    email,
    password: MEMBER_PASSWORD,
    provider: 'local',
    confirmed: true,
    blocked: false,
    role: role.id,
  })) as { id: number };
  const profile = await strapi.current.strapi.documents('api::member-profile.member-profile').create({
    data: {
      civility: 'madame',
      firstName: 'Sidonie',
      lastName: 'Sanscotisation',
      joinedOn,
      user: user.id,
      address: { line1: '2 rue des Potiers', postalCode: '89000', city: 'Auxerre', country: 'France' },
    },
  });
  const where = { profile: { documentId: profile.documentId } };
  return {
    profile,
    remove: async () => {
      await db().query('api::reminder.reminder').deleteMany({ where });
      await db().query('api::planned-reminder.planned-reminder').deleteMany({ where });
      await db().query('api::member-change.member-change').deleteMany({ where });
      await db()
        .query('api::member-profile.member-profile')
        .delete({ where: { documentId: profile.documentId } });
      await db()
        .query('plugin::users-permissions.user')
        .delete({ where: { id: user.id } });
    },
  };
}

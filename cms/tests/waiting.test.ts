/**
 * « Ce qui vous attend », the admin's home page: each person reads the lines of what their role
 * may read, counts and links to the filtered lists, and nothing of a member.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, association, isoDay, todayIn, type MonthOfMembers } from '@aec/config';
import { adminAs } from './harness/admin';
import { api } from './harness/http';
import { useStrapi } from './harness/strapi';

const strapi = useStrapi();

interface Summary {
  data: {
    todo: Array<{ count: number; text: string; path: string }>;
    upcoming: Array<{ count: number; text: string; path: string }>;
    members: Array<{ count: number; text: string; path: string }>;
    months: Array<{ month: string; upToDate: number; overdue: number; none: number }>;
  };
}

const summary = async (token: string) => api<Summary>(strapi.current.baseUrl, '/waiting/summary', { token });

/** The running Strapi's own module (compiled in dist/). */
const waiting = () =>
  createRequire(import.meta.url)(path.resolve(__dirname, '../dist/src/admin-summary/waiting.js')) as {
    membersOverYear: (strapi: unknown, today?: string) => Promise<MonthOfMembers[]>;
  };

/** The rule of the 12 months, member by member and month by month, as a treasurer would apply it. */
async function monthByMonth(today: string): Promise<MonthOfMembers[]> {
  const db = strapi.current.strapi.db;
  const profiles = (await db.query('api::member-profile.member-profile').findMany({
    where: { honorary: { $ne: true }, accountBlocked: { $ne: true } },
    select: ['id', 'joinedOn', 'createdAt', 'importedDueDate', 'dueDateOverride'],
  })) as Array<{
    id: number;
    joinedOn: string | null;
    createdAt: unknown;
    importedDueDate: string | null;
    dueDateOverride: string | null;
  }>;
  const payments = (await db.query('api::dues-payment.dues-payment').findMany({
    where: { state: 'confirme' },
    select: ['periodEnd', 'receivedOn', 'createdAt'],
    populate: { profile: { select: ['id'] } },
  })) as Array<{ periodEnd: string; receivedOn: string | null; createdAt: unknown; profile: { id: number } | null }>;
  const thisMonth = `${today.slice(0, 7)}-01`;
  return Array.from({ length: 12 }, (_, i) => {
    const start = addMonths(thisMonth, i - 11);
    const end = i === 11 ? today : addDays(addMonths(start, 1), -1);
    const counts = { month: start.slice(0, 7), upToDate: 0, overdue: 0, none: 0 };
    for (const profile of profiles) {
      const since = isoDay(profile.createdAt);
      if ((profile.joinedOn ? isoDay(profile.joinedOn) : since) > end) continue;
      const dues = payments
        .filter((p) => p.profile?.id === profile.id)
        .filter((p) => (p.receivedOn ? isoDay(p.receivedOn) : isoDay(p.createdAt)) <= end)
        .map((p) => isoDay(p.periodEnd));
      if (profile.importedDueDate && since <= end) dues.push(isoDay(profile.importedDueDate));
      const due = profile.dueDateOverride ? isoDay(profile.dueDateOverride) : dues.sort().at(-1);
      if (!due) counts.none += 1;
      else if (due >= end) counts.upToDate += 1;
      else counts.overdue += 1;
    }
    return counts;
  });
}

describe('l’accueil de l’administration : « Ce qui vous attend »', () => {
  it('la bénévole y lit les virements à confirmer et les membres par situation, chaque ligne un lien filtré', async () => {
    const token = await adminAs(strapi.current, 'aec-benevole', 'benevole.accueil@exemple.fr');
    const member = await strapi.current.strapi.db
      .query('api::member-profile.member-profile')
      .findOne({ where: { lastName: 'Martin' } });
    const declared = await strapi.current.strapi.documents('api::dues-payment.dues-payment').create({
      data: {
        profile: member.documentId,
        periodStart: '2041-01-01',
        periodEnd: '2041-12-31',
        amountCents: 4000,
        method: 'virement',
        state: 'declare',
      },
    });
    try {
      const response = await summary(token);
      expect(response.status).toBe(200);
      const transfers = response.body.data.todo.find((line) => line.text.includes('à confirmer'));
      expect(transfers?.count).toBeGreaterThanOrEqual(1);
      expect(transfers?.path).toBe(
        '/admin/content-manager/collection-types/api::dues-payment.dues-payment?page=1&filters%5B%24and%5D%5B0%5D%5Bstate%5D%5B%24eq%5D=declare',
      );
      expect(response.body.data.todo.some((line) => line.text.includes('fiche'))).toBe(false);
      const members = response.body.data.members.map((line) => line.text.replace(/^\d+ /, ''));
      expect(members).toEqual([
        expect.stringMatching(/^membres? à jour$/),
        expect.stringMatching(/à renouveler dans les 30 jours$/),
        expect.stringMatching(/en retard$/),
        expect.stringMatching(/sans cotisation enregistrée$/),
        expect.stringMatching(/à désactiver$/),
        expect.stringMatching(/^comptes? désactivés?$/),
      ]);
      expect(JSON.stringify(response.body)).not.toContain('Martin');
    } finally {
      await strapi.current.strapi
        .documents('api::dues-payment.dues-payment')
        .delete({ documentId: declared.documentId });
      const profiles = strapi.current.strapi.db.query('api::member-profile.member-profile');
      for (let tries = 0; tries < 40; tries += 1) {
        if (!(await profiles.findOne({ where: { id: member.id } })).transferDeclared) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
  });

  it('l’éditeur y lit les fiches soumises, rien des cotisations ni des membres', async () => {
    const token = await adminAs(strapi.current, 'aec-editeur', 'editeur.accueil@exemple.fr');
    const response = await summary(token);
    expect(response.status).toBe(200);
    expect(response.body.data.todo.map((line) => line.text)).toEqual([
      expect.stringMatching(/fiches? soumises? à relire/),
    ]);
    expect(response.body.data.members).toEqual([]);
    expect(response.body.data.months).toEqual([]);
    // What is coming for an editor: drafts, the next event; nothing of the reminders or imports.
    const upcoming = response.body.data.upcoming.map((line) => line.text).join('\n');
    expect(upcoming).not.toMatch(/relance|import/i);
    // The next published event (the demo's visit in 45 days, or one another file added since).
    const next = await strapi.current.strapi.documents('api::event.event').findFirst({
      status: 'published',
      filters: { startsAt: { $gte: new Date().toISOString() } },
      sort: ['startsAt:asc'],
    });
    expect(next).toBeTruthy();
    expect(upcoming).toContain(`Prochain événement : ${next!.title}, le `);
    for (const line of response.body.data.upcoming)
      expect(line.path).toMatch(/api::(page|article|event)\.(page|article|event)/);
  });

  it('la bénévole y lit ce qui vient : la prochaine passe de relances, étape par étape, et le dernier import', async () => {
    const token = await adminAs(strapi.current, 'aec-benevole', 'benevole.accueil@exemple.fr');
    const { upcoming } = (await summary(token)).body.data;
    const reminders = upcoming.find((line) => /relances? prévues? demain|Aucune relance prévue demain/.test(line.text));
    expect(reminders?.path).toContain('api::planned-reminder.planned-reminder');
    // Counted as « Relance prévue demain » lists them, step by step.
    const planned = await strapi.current.strapi.db.query('api::planned-reminder.planned-reminder').count();
    expect(reminders?.count).toBe(planned);
    if (planned > 0) expect(reminders?.text).toMatch(/\(.+ : \d+/);
    expect(upcoming.some((line) => /brouillon|Prochain événement/.test(line.text))).toBe(false);
  });

  it('la bénévole y lit les membres sur 12 mois, pour l’assemblée générale : ce mois-ci comme les lignes du jour', async () => {
    const token = await adminAs(strapi.current, 'aec-benevole', 'benevole.accueil@exemple.fr');
    const { months, members } = (await summary(token)).body.data;
    const today = todayIn(association.reminders.timezone).slice(0, 7);
    expect(months).toHaveLength(12);
    expect(months.at(-1)?.month).toBe(today);
    // Consecutive months, oldest first.
    months.forEach((m, i) => {
      if (i > 0)
        expect(new Date(`${m.month}-01`).getTime()).toBeGreaterThan(new Date(`${months[i - 1]!.month}-01`).getTime());
    });
    // This month, read back from the payments, agrees with the due dates the lines count.
    const count = (pattern: RegExp) =>
      members.filter((line) => pattern.test(line.text)).reduce((n, l) => n + l.count, 0);
    const now = months.at(-1)!;
    expect(now.upToDate).toBe(count(/à jour|à renouveler/));
    expect(now.overdue).toBe(count(/en retard/));
    expect(now.none).toBe(count(/sans cotisation/));
    // Members who joined later are not counted in the months before.
    expect(months[0]!.upToDate + months[0]!.overdue + months[0]!.none).toBeLessThanOrEqual(
      now.upToDate + now.overdue + now.none,
    );
  });

  it('les membres sur 12 mois, comptés par la base, sont ceux de la règle appliquée membre par membre', async () => {
    const today = todayIn(association.reminders.timezone);
    const payments = strapi.current.strapi.documents('api::dues-payment.dues-payment');
    const member = await strapi.current.strapi.db
      .query('api::member-profile.member-profile')
      .findOne({ where: { lastName: 'Martin' } });
    // Payments received along the year, one covering a single month: the months differ.
    const written = [];
    for (const [receivedOn, periodEnd] of [
      [addMonths(today, -10), addMonths(today, -8)],
      [addMonths(today, -6), addMonths(today, -5)],
      [addMonths(today, -2), addMonths(today, 14)],
    ] as const)
      written.push(
        await payments.create({
          data: {
            profile: member.documentId,
            periodStart: addMonths(periodEnd, -12),
            periodEnd,
            amountCents: 4000,
            method: 'cheque',
            state: 'confirme',
            receivedOn,
          },
        }),
      );
    try {
      for (const day of [today, addMonths(today, -5), addDays(`${today.slice(0, 7)}-01`, -1)])
        expect(await waiting().membersOverYear(strapi.current.strapi, day), day).toEqual(await monthByMonth(day));
    } finally {
      for (const payment of written) await payments.delete({ documentId: payment.documentId });
    }
  });

  it('un visiteur ou un membre n’y lit rien', async () => {
    expect((await api(strapi.current.baseUrl, '/waiting/summary')).status).toBe(401);
  });
});

/**
 * Demo data for `npm start`: created once, in an empty database, never in production
 * (the environment schema refuses DEMO_DATA=true there). Dates are relative to the day of
 * seeding so that "à jour" and "dépassée" are true when someone first looks.
 */
import type { Core } from '@strapi/strapi';
import { association, defaultSettings, todayIn } from '@aec/config';
import { blocks } from '../utils/rich-text';
import {
  DEMO_ADMIN,
  DEMO_ARTICLES,
  DEMO_EVENTS,
  DEMO_FICHES,
  DEMO_MEMBER_PASSWORD,
  DEMO_MEMBERS,
  DEMO_MEMBERS_ONLY_PAGE,
  DEMO_PAGES,
  DEMO_RUBRIQUES,
  DEMO_STAFF,
  type DemoMember,
} from './demo-content.fr';
import { uids } from '../db';

function shiftDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Confirmed calendar years for each plan, relative to the current year. */
function paidYears(plan: DemoMember['dues'], year: number): number[] {
  switch (plan) {
    case 'up-to-date':
      return [year - 1, year];
    case 'overdue':
      return [year - 2, year - 1];
    case 'long-overdue':
      return [year - 3, year - 2];
  }
}

export async function isDatabaseEmpty(strapi: Core.Strapi): Promise<boolean> {
  const [profiles, pages, users] = await Promise.all([
    strapi.db.query(uids.memberProfile).count(),
    strapi.db.query(uids.page).count(),
    strapi.db.query(uids.user).count(),
  ]);
  return profiles + pages + users === 0;
}

async function seedAdmin(strapi: Core.Strapi): Promise<void> {
  const existing = await strapi.db.query('admin::user').count();
  if (existing > 0) return;
  const superAdmin = await strapi.service('admin::role').getSuperAdmin();
  await strapi.service('admin::user').create({
    email: DEMO_ADMIN.email,
    firstname: DEMO_ADMIN.firstname,
    lastname: DEMO_ADMIN.lastname,
    password: DEMO_ADMIN.password,
    isActive: true,
    registrationToken: null,
    preferedLanguage: 'fr',
    roles: [superAdmin.id],
  });
}

async function seedStaff(strapi: Core.Strapi): Promise<void> {
  for (const person of DEMO_STAFF) {
    const role = await strapi.db.query('admin::role').findOne({ where: { code: person.roleCode } });
    if (!role) continue;
    await strapi.service('admin::user').create({
      email: person.email,
      firstname: person.firstname,
      lastname: person.lastname,
      password: person.password,
      isActive: true,
      registrationToken: null,
      preferedLanguage: 'fr',
      roles: [role.id],
    });
  }
}

async function seedMembers(
  strapi: Core.Strapi,
  today: string,
): Promise<Map<DemoMember['key'], { userDocumentId: string; name: string; displayName: string | null }>> {
  const role = await strapi.db.query(uids.role).findOne({ where: { type: 'authenticated' } });
  const year = Number(today.slice(0, 4));
  const authors = new Map<DemoMember['key'], { userDocumentId: string; name: string; displayName: string | null }>();
  const isCouple = (member: DemoMember) => member.secondMember !== undefined;

  for (const [index, member] of DEMO_MEMBERS.entries()) {
    const user = await strapi.plugin('users-permissions').service('user').add({
      username: member.email,
      email: member.email,
      password: DEMO_MEMBER_PASSWORD,
      provider: 'local',
      confirmed: true,
      blocked: member.blocked,
      role: role.id,
    });
    const joinedOn = `${year - 4 + index}-0${index + 1}-15`;
    const profile = await strapi.documents(uids.memberProfile).create({
      data: { ...member.profile, user: user.id, joinedOn },
    });
    if (member.secondMember) {
      await strapi.documents(uids.secondMember).create({
        data: { ...member.secondMember, profile: profile.documentId },
      });
    }
    for (const paidYear of paidYears(member.dues, year)) {
      await strapi.documents(uids.duesPayment).create({
        data: {
          profile: profile.documentId,
          periodStart: `${paidYear}-01-01`,
          periodEnd: `${paidYear}-12-31`,
          amountCents: isCouple(member) ? defaultSettings.dues.coupleCents : defaultSettings.dues.individualCents,
          method: paidYear % 2 === 0 ? 'virement' : 'cheque',
          state: 'confirme',
          receivedOn: `${paidYear}-01-20`,
        },
      });
    }
    authors.set(member.key, {
      userDocumentId: user.documentId,
      name: `${member.profile.firstName} ${member.profile.lastName}`,
      displayName: member.profile.consentPublicName ? `${member.profile.firstName} ${member.profile.lastName}` : null,
    });
  }
  return authors;
}

async function seedRubriquesAndFiches(
  strapi: Core.Strapi,
  authors: Map<DemoMember['key'], { userDocumentId: string; name: string; displayName: string | null }>,
): Promise<void> {
  const rubriques: string[] = [];
  for (const rubrique of DEMO_RUBRIQUES) {
    const created = await strapi.documents(uids.rubrique).create({ data: { ...rubrique, isExample: true } });
    rubriques.push(created.documentId);
  }

  for (const fiche of DEMO_FICHES) {
    const author = authors.get(fiche.author);
    if (!author) throw new Error(`demo fiche author ${fiche.author} is missing`);
    const reviewState: 'brouillon' | 'soumise' | 'renvoyee' =
      fiche.state === 'submitted' ? 'soumise' : fiche.state === 'sent-back' ? 'renvoyee' : 'brouillon';
    const data = {
      title: fiche.title,
      rubrique: rubriques[fiche.rubrique],
      author: author.userDocumentId,
      authorName: author.name,
      authorDisplayName: author.displayName ?? undefined,
      body: blocks(fiche.text),
      eventDate: fiche.eventDate,
      place: fiche.place,
      period: fiche.period,
      reviewState,
      moderationComment: fiche.moderationComment,
    };
    const published = fiche.state === 'published' || fiche.state === 'published-with-changes';
    const created = await strapi
      .documents(uids.fiche)
      .create({ data, ...(published ? { status: 'published' as const } : {}) });
    if (fiche.state === 'published-with-changes') {
      // The member edited the published fiche and submitted the change: the draft differs.
      await strapi.documents(uids.fiche).update({
        documentId: created.documentId,
        data: {
          reviewState: 'soumise',
          body: blocks(`${fiche.text}\n\nAjout en attente de relecture : le musée est fermé le mardi.`),
        },
      });
    }
  }
}

async function seedPublicContent(strapi: Core.Strapi, today: string): Promise<void> {
  const pageIds = new Map<string, string>();
  for (const page of [...DEMO_PAGES, DEMO_MEMBERS_ONLY_PAGE]) {
    const { text, parentSlug, ...data } = { parentSlug: undefined, ...page };
    const parent = parentSlug ? pageIds.get(parentSlug) : undefined;
    const created = await strapi.documents(uids.page).create({
      data: { ...data, body: blocks(text), ...(parent ? { navigationParent: parent } : {}) },
      status: 'published',
    });
    pageIds.set(data.slug, created.documentId);
  }
  for (const article of DEMO_ARTICLES) {
    const { text, daysAgo, ...data } = article;
    await strapi
      .documents(uids.article)
      .create({ data: { ...data, date: shiftDays(today, -daysAgo), body: blocks(text) }, status: 'published' });
  }
  for (const event of DEMO_EVENTS) {
    const { text, daysFromNow, ...data } = event;
    const day = shiftDays(today, daysFromNow);
    await strapi.documents(uids.event).create({
      data: { ...data, startsAt: `${day}T14:00:00.000Z`, endsAt: `${day}T17:00:00.000Z`, body: blocks(text) },
      status: 'published',
    });
  }
}

/** Seeds everything when the database is empty; does nothing otherwise. Returns whether it seeded. */
export async function seedDemoData(strapi: Core.Strapi): Promise<boolean> {
  await seedAdmin(strapi);
  if (!(await isDatabaseEmpty(strapi))) return false;
  const today = todayIn(association.reminders.timezone);
  await seedStaff(strapi);
  const authors = await seedMembers(strapi, today);
  await seedRubriquesAndFiches(strapi, authors);
  await seedPublicContent(strapi, today);
  strapi.log.info('Données de démonstration créées (voir le README pour les comptes).');
  return true;
}

/**
 * What waits for the staff in the admin, as lines of a count and a link to the list already
 * filtered: the home page's « Ce qui vous attend » (plugins/waiting) and the morning mail
 * (mail/staff-digest.ts). Each line names the content type it is about, so that a person only
 * sees the lines of what their role may read. Counts only: no member's data.
 */
import type { Core } from '@strapi/strapi';
import { addDays, addMonths, association, formatDateFr, isoDay, todayIn, type MonthOfMembers } from '@aec/config';
import { cmsEnv } from '../env';
import { columnOf, joinTableOf, tableOf, uids } from '../db';

export interface WaitingLine {
  /** The content type the line counts (what the reader's role must be able to read). */
  subject: string;
  count: number;
  text: string;
  /** Where the list is, in the admin (an absolute address for the mail, a path for the page). */
  path: string;
}

const plural = (count: number, one: string, many: string) => `${count} ${count > 1 ? many : one}`;

/** The admin's list of a content type, filtered. */
function listPath(uid: string, filters: Array<[string, string, string]>): string {
  const query = new URLSearchParams({ page: '1' });
  filters.forEach(([field, operator, value], i) => query.set(`filters[$and][${i}][${field}][${operator}]`, value));
  return `/admin/content-manager/collection-types/${uid}?${query}`;
}

export const absolute = (line: WaitingLine) => `${cmsEnv().CMS_URL}${line.path}`;

/** The things to act on: transfers to confirm, erasures to process, fiches to review. */
export async function thingsToDo(strapi: Core.Strapi): Promise<WaitingLine[]> {
  const transfers = await strapi.db.query(uids.duesPayment).count({ where: { state: 'declare' } });
  const erasures = await strapi.db.query(uids.erasureRequest).count({ where: { state: 'a-traiter' } });
  // A fiche has a draft row and, once published, another: count the documents.
  const submitted = await strapi.db
    .connection(tableOf(strapi, uids.fiche))
    .countDistinct({ n: columnOf(strapi, uids.fiche, 'documentId') })
    .where(columnOf(strapi, uids.fiche, 'reviewState'), 'soumise');
  const fiches = Number((submitted[0] as { n: string | number } | undefined)?.n ?? 0);
  return [
    {
      subject: uids.duesPayment,
      count: transfers,
      text: plural(transfers, 'virement déclaré à confirmer', 'virements déclarés à confirmer'),
      path: listPath(uids.duesPayment, [['state', '$eq', 'declare']]),
    },
    {
      subject: uids.erasureRequest,
      count: erasures,
      text: plural(erasures, 'demande d’effacement à traiter', 'demandes d’effacement à traiter'),
      path: listPath(uids.erasureRequest, [['state', '$eq', 'a-traiter']]),
    },
    {
      subject: uids.fiche,
      count: fiches,
      text: plural(fiches, 'fiche soumise à relire', 'fiches soumises à relire'),
      path: listPath(uids.fiche, [['reviewState', '$eq', 'soumise']]),
    },
  ];
}

/** Documents never published yet (a published one has a draft row too: it is not counted). */
async function unpublished(strapi: Core.Strapi, uid: string): Promise<number> {
  const table = tableOf(strapi, uid);
  const [documentId, publishedAt] = [columnOf(strapi, uid, 'documentId'), columnOf(strapi, uid, 'publishedAt')];
  const published = strapi.db.connection(table).select(documentId).whereNotNull(publishedAt);
  const rows = await strapi.db
    .connection(table)
    .countDistinct({ n: documentId })
    .whereNull(publishedAt)
    .whereNotIn(documentId, published);
  return Number((rows[0] as { n: string | number } | undefined)?.n ?? 0);
}

/**
 * What is coming, for the home page only (never in the morning mail, which says what waits):
 * the next reminder pass and the last import for volunteers; drafts and the next event for editors.
 */
export async function comingUp(strapi: Core.Strapi, reads: (subject: string) => boolean): Promise<WaitingLine[]> {
  const lines: WaitingLine[] = [];
  if (reads(uids.plannedReminder)) lines.push(...(await remindersAndImport(strapi)));
  for (const [uid, one, many] of [
    [uids.page, 'page en brouillon', 'pages en brouillon'],
    [uids.article, 'actualité en brouillon', 'actualités en brouillon'],
    [uids.event, 'événement en brouillon', 'événements en brouillon'],
  ] as const) {
    const count = reads(uid) ? await unpublished(strapi, uid) : 0;
    if (count > 0) lines.push({ subject: uid, count, text: plural(count, one, many), path: listPath(uid, []) });
  }
  const next = reads(uids.event)
    ? ((await strapi.documents(uids.event).findFirst({
        status: 'published',
        filters: { startsAt: { $gte: new Date().toISOString() } },
        sort: ['startsAt:asc'],
        fields: ['title', 'startsAt'],
      })) as { title: string; startsAt: string } | null)
    : null;
  if (next)
    lines.push({
      subject: uids.event,
      count: 1,
      text: `Prochain événement : ${next.title}, le ${formatDateFr(String(next.startsAt).slice(0, 10))}`,
      path: listPath(uids.event, []),
    });
  return lines;
}

/** The next reminder pass, by step, and the last import of members. */
async function remindersAndImport(strapi: Core.Strapi): Promise<WaitingLine[]> {
  const lines: WaitingLine[] = [];
  // Read through the document service: « Relance prévue demain » is computed when it is read.
  const planned = await strapi.documents(uids.plannedReminder).count({});
  const steps = new Map<string, number>();
  for (const row of (await strapi.db.query(uids.plannedReminder).findMany({ select: ['stepLabel'] })) as Array<{
    stepLabel: string;
  }>)
    steps.set(row.stepLabel, (steps.get(row.stepLabel) ?? 0) + 1);
  const detail = [...steps].map(([label, count]) => `${label} : ${count}`).join(' ; ');
  lines.push({
    subject: uids.plannedReminder,
    count: planned,
    text:
      planned === 0
        ? 'Aucune relance prévue demain'
        : `${plural(planned, 'relance prévue', 'relances prévues')} demain (${detail})`,
    path: listPath(uids.plannedReminder, []),
  });
  const lastImport = (await strapi.db
    .query(uids.memberImport)
    .findOne({ orderBy: { at: 'desc' }, select: ['fileName', 'at', 'created'] })) as {
    fileName: string;
    at: string | Date;
    created: number | null;
  } | null;
  if (lastImport) {
    const created = Number(lastImport.created ?? 0);
    lines.push({
      subject: uids.memberImport,
      count: created,
      text: `Dernier import : ${lastImport.fileName}, le ${formatDateFr(isoDay(lastImport.at))} (${plural(created, 'membre créé', 'membres créés')})`,
      path: listPath(uids.memberImport, []),
    });
  }
  return lines;
}

/** The members by dues state, for the volunteers' home page (and the general assembly). */
export async function membersByDuesState(strapi: Core.Strapi): Promise<WaitingLine[]> {
  const today = todayIn(association.reminders.timezone);
  const soon = addDays(today, 30);
  const profiles = strapi.db.query(uids.memberProfile);
  const active = { accountBlocked: { $ne: true }, honorary: { $ne: true } };
  const count = (where: Record<string, unknown>) => profiles.count({ where: { ...active, ...where } });
  const line = (count: number, one: string, many: string, filters: Array<[string, string, string]>) => ({
    subject: uids.memberProfile,
    count,
    text: plural(count, one, many),
    path: listPath(uids.memberProfile, filters),
  });
  return [
    line(await count({ nextDueDate: { $gt: soon } }), 'membre à jour', 'membres à jour', [
      ['nextDueDate', '$gt', soon],
    ]),
    line(
      await count({ nextDueDate: { $gte: today, $lte: soon } }),
      'membre à renouveler dans les 30 jours',
      'membres à renouveler dans les 30 jours',
      [
        ['nextDueDate', '$gte', today],
        ['nextDueDate', '$lte', soon],
      ],
    ),
    line(await count({ nextDueDate: { $lt: today } }), 'membre en retard', 'membres en retard', [
      ['nextDueDate', '$lt', today],
    ]),
    line(
      await count({ nextDueDate: { $null: true } }),
      'membre sans cotisation enregistrée',
      'membres sans cotisation enregistrée',
      [['nextDueDate', '$null', 'true']],
    ),
    line(await count({ toDeactivate: true }), 'membre à désactiver', 'membres à désactiver', [
      ['toDeactivate', '$eq', 'true'],
    ]),
    line(await profiles.count({ where: { accountBlocked: true } }), 'compte désactivé', 'comptes désactivés', [
      ['accountBlocked', '$eq', 'true'],
    ]),
  ];
}

/**
 * The members by dues state at the end of each of the last 12 months (today for this one), for
 * the general assembly. Read back from the payments as they were confirmed: a member was up to
 * date at a day if a payment received by then (or the imported due date, or the one set by
 * hand) covered it. Honorary members and accounts deactivated today are left out. Counted by
 * PostgreSQL in one query: read into Strapi to be counted, every member and payment held its
 * event loop (figures in docs/performance.md).
 */
export async function membersOverYear(
  strapi: Core.Strapi,
  today = todayIn(association.reminders.timezone),
): Promise<MonthOfMembers[]> {
  const thisMonth = `${today.slice(0, 7)}-01`;
  const months = Array.from({ length: 12 }, (_, i) => {
    const start = addMonths(thisMonth, i - 11);
    return { month: start.slice(0, 7), end: i === 11 ? today : addDays(addMonths(start, 1), -1) };
  });
  const member = (attribute: string) => `p.${columnOf(strapi, uids.memberProfile, attribute)}`;
  const payment = (attribute: string) => `d.${columnOf(strapi, uids.duesPayment, attribute)}`;
  const link = joinTableOf(strapi, uids.duesPayment, 'profile');
  const { rows } = (await strapi.db.connection.raw(
    `WITH ends AS (SELECT * FROM unnest(?::text[], ?::date[]) AS e(month, end_day)),
     members AS (
       SELECT p.id, coalesce(${member('joinedOn')}, ${member('createdAt')}::date) AS joined,
              ${member('createdAt')}::date AS since, ${member('importedDueDate')} AS imported,
              ${member('dueDateOverride')} AS override
       FROM ${tableOf(strapi, uids.memberProfile)} p
       WHERE ${member('honorary')} IS NOT TRUE AND ${member('accountBlocked')} IS NOT TRUE),
     paid AS (
       SELECT l.${link.inverseJoinColumn.name} AS member_id, ${payment('periodEnd')} AS until,
              coalesce(${payment('receivedOn')}, ${payment('createdAt')}::date) AS paid_on
       FROM ${tableOf(strapi, uids.duesPayment)} d
       JOIN ${link.name} l ON l.${link.joinColumn.name} = d.id
       WHERE ${payment('state')} = 'confirme'),
     due AS (
       -- A due date a volunteer set by hand replaces the others, as on the member's record.
       SELECT e.month, e.end_day,
              coalesce(m.override, greatest(max(paid.until), CASE WHEN m.since <= e.end_day THEN m.imported END)) AS due
       FROM ends e
       JOIN members m ON m.joined <= e.end_day
       LEFT JOIN paid ON paid.member_id = m.id AND paid.paid_on <= e.end_day
       GROUP BY e.month, e.end_day, m.id, m.override, m.since, m.imported)
     SELECT month,
            count(*) FILTER (WHERE due >= end_day) AS up_to_date,
            count(*) FILTER (WHERE due < end_day) AS overdue,
            count(*) FILTER (WHERE due IS NULL) AS none
     FROM due GROUP BY month`,
    [months.map((m) => m.month), months.map((m) => m.end)],
  )) as { rows: Array<{ month: string; up_to_date: string; overdue: string; none: string }> };
  const counted = new Map(rows.map((row) => [row.month, row]));
  return months.map(({ month }) => {
    const row = counted.get(month);
    return {
      month,
      upToDate: Number(row?.up_to_date ?? 0),
      overdue: Number(row?.overdue ?? 0),
      none: Number(row?.none ?? 0),
    };
  });
}

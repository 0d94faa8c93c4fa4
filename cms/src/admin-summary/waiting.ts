/**
 * What waits for the staff in the admin, as lines of a count and a link to the list already
 * filtered: the home page's « Ce qui vous attend » (plugins/waiting) and the morning mail
 * (mail/staff-digest.ts). Each line names the content type it is about, so that a person only
 * sees the lines of what their role may read. Counts only: no member's data.
 */
import type { Core } from '@strapi/strapi';
import { addDays, association, todayIn } from '@aec/config';
import { cmsEnv } from '../env';
import { columnOf, tableOf, uids } from '../db';

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

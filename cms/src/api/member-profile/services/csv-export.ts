/**
 * The members' list as a CSV file for mailings, labels and the general assembly: the columns a
 * volunteer picked, the members they chose (all, up to date, overdue), erased members left out.
 */
import type { Core } from '@strapi/strapi';
import {
  addresseeOf,
  association,
  shortDateFr,
  duesStatus,
  headerOf,
  toCsv,
  todayIn,
  type Civility,
  type MemberCsvColumn,
} from '@aec/config';
import { uids } from '../../../db';

export const exportAudiences = ['tous', 'a-jour', 'en-retard'] as const;
export type ExportAudience = (typeof exportAudiences)[number];

interface ProfileRow {
  civility: Civility;
  firstName: string;
  lastName: string;
  accountEmail: string | null;
  accountBlocked: boolean | null;
  phone: string | null;
  mobilePhone: string | null;
  membershipNumber: number | null;
  joinedOn: string | null;
  nextDueDate: string | null;
  honorary: boolean | null;
  consentNewsletter: boolean | null;
  address: {
    line1?: string;
    line2?: string;
    line3?: string;
    postalCode?: string;
    city?: string;
    country?: string;
  } | null;
  secondMember: { civility: Civility; firstName: string; lastName: string } | null;
}

function statusText(row: ProfileRow, today: string): string {
  const status = duesStatus({
    payments: [],
    override: row.nextDueDate,
    honorary: Boolean(row.honorary),
    today,
  });
  const text =
    status.kind === 'honorary'
      ? 'Membre d’honneur'
      : status.kind === 'none'
        ? 'Sans cotisation enregistrée'
        : status.kind === 'overdue'
          ? `En retard (échéance du ${shortDateFr(status.dueDate)})`
          : `À jour (jusqu’au ${shortDateFr(status.dueDate)})`;
  return row.accountBlocked ? `${text}, compte bloqué` : text;
}

function cell(row: ProfileRow, key: MemberCsvColumn, today: string): string {
  switch (key) {
    case 'membershipNumber':
      return row.membershipNumber ? String(row.membershipNumber) : '';
    case 'civility':
      return row.civility === 'madame' ? 'Madame' : 'Monsieur';
    case 'email':
      return row.accountEmail ?? '';
    case 'line1':
    case 'line2':
    case 'line3':
    case 'postalCode':
    case 'city':
    case 'country':
      return row.address?.[key] ?? '';
    case 'joinedOn':
    case 'nextDueDate':
      return shortDateFr(row[key]);
    case 'consentNewsletter':
      return row.consentNewsletter ? 'oui' : 'non';
    case 'addressee':
      return row.secondMember ? `${addresseeOf(row)} et ${addresseeOf(row.secondMember)}` : addresseeOf(row);
    case 'secondMember':
      return row.secondMember ? `${row.secondMember.firstName} ${row.secondMember.lastName}` : '';
    case 'status':
      return statusText(row, today);
    default:
      return String(row[key] ?? '');
  }
}

export async function exportMembersCsv(
  strapi: Core.Strapi,
  columns: MemberCsvColumn[],
  audience: ExportAudience,
): Promise<{ csv: string; count: number }> {
  const today = todayIn(association.reminders.timezone);
  const rows = (await strapi.db.query(uids.memberProfile).findMany({
    where: {
      $and: [
        // Erased members (anonymised, no account left) are not people to write to any more.
        { $or: [{ firstName: { $ne: 'Anonyme' } }, { accountEmail: { $notNull: true } }] },
        ...(audience === 'a-jour' ? [{ $or: [{ honorary: true }, { nextDueDate: { $gte: today } }] }] : []),
        ...(audience === 'en-retard'
          ? [
              { $or: [{ honorary: false }, { honorary: null }] },
              { $or: [{ nextDueDate: { $lt: today } }, { nextDueDate: null }] },
            ]
          : []),
      ],
    },
    select: [
      'civility',
      'firstName',
      'lastName',
      'accountEmail',
      'accountBlocked',
      'phone',
      'mobilePhone',
      'membershipNumber',
      'joinedOn',
      'nextDueDate',
      'honorary',
      'consentNewsletter',
    ],
    populate: { address: true, secondMember: { select: ['civility', 'firstName', 'lastName'] } },
    orderBy: [{ lastName: 'asc' }, { firstName: 'asc' }],
  })) as unknown as ProfileRow[];
  const csv = toCsv([columns.map(headerOf), ...rows.map((row) => columns.map((key) => cell(row, key, String(today))))]);
  return { csv, count: rows.length };
}

/**
 * The treasurer's file of a year's payments: one line per payment received (or declared) that
 * year, as she keeps her books — date, member, period, amount, method, state, reference.
 */
import type { Core } from '@strapi/strapi';
import {
  isoDay,
  paymentMethodWords,
  paymentStateWords,
  shortDateFr,
  toCsv,
  type PaymentMethod,
  type PaymentState,
} from '@aec/config';
import { uids } from '../../../db';

const HEADER = ['Date', 'Membre', 'Période', 'Montant (€)', 'Moyen', 'État', 'Référence'];

interface PaymentRow {
  receivedOn: string | null;
  createdAt: string | Date;
  periodStart: string;
  periodEnd: string;
  amountCents: number;
  method: PaymentMethod;
  state: PaymentState;
  profile: { firstName: string; lastName: string; transferReference: string | null } | null;
}

/** « 40,00 »: a number a French spreadsheet adds up. */
const amount = (cents: number) => (cents / 100).toFixed(2).replace('.', ',');

export async function exportPaymentsCsv(strapi: Core.Strapi, year: number): Promise<{ csv: string; count: number }> {
  const [from, to] = [`${year}-01-01`, `${year}-12-31`];
  // Received that year; a declared transfer not yet received counts on the day it was declared.
  const rows = (await strapi.db.query(uids.duesPayment).findMany({
    where: {
      $or: [
        { receivedOn: { $between: [from, to] } },
        {
          receivedOn: null,
          createdAt: { $gte: new Date(`${from}T00:00:00Z`), $lt: new Date(`${year + 1}-01-01T00:00:00Z`) },
        },
      ],
    },
    select: ['receivedOn', 'createdAt', 'periodStart', 'periodEnd', 'amountCents', 'method', 'state'],
    populate: { profile: { select: ['firstName', 'lastName', 'transferReference'] } },
  })) as PaymentRow[];
  const day = (row: PaymentRow) => row.receivedOn ?? isoDay(row.createdAt);
  const lines = rows
    .map((row) => ({ row, date: day(row) }))
    .sort((a, b) => a.date.localeCompare(b.date))
    .map(({ row, date }) => [
      shortDateFr(date),
      row.profile ? `${row.profile.lastName} ${row.profile.firstName}` : '',
      `${shortDateFr(row.periodStart)} – ${shortDateFr(row.periodEnd)}`,
      amount(row.amountCents),
      paymentMethodWords[row.method],
      paymentStateWords[row.state],
      row.profile?.transferReference ?? '',
    ]);
  return { csv: toCsv([HEADER, ...lines]), count: lines.length };
}

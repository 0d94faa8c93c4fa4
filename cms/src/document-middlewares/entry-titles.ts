/**
 * What names an entry in the admin (edit view title, relation pickers, lists): a member is
 * « Marie Dupont », never the login e-mail; a payment is « Dupont Marie — 2027 — 40,00 € —
 * chèque », never its end date. A member picker (« Membre » of a payment) shows and searches
 * « Marie Dupont — marie.dupont@exemple.fr — Auxerre — AEC-2024-0001 »: Strapi searches a picker
 * on one field only, and a treasurer looks a member up by any of these. All are kept in columns
 * of their own, rewritten once each write to a member, a payment or an account is committed, and
 * filled at start for rows written around the document service (an import, an erasure).
 */
import type { Core } from '@strapi/strapi';
import { isoDay, paymentTitle, type PaymentMethod } from '@aec/config';
import { afterCommit, columnOf, joinTableOf, tableOf, uids, updateRows } from '../db';

type Knex = Core.Strapi['db']['connection'];

/** Which rows to name again: a few members (and their payments), or every row still unnamed. */
export type TitleScope = { profileIds: number[] } | 'missing';

export async function refreshTitles(strapi: Core.Strapi, scope: TitleScope, knex: Knex = strapi.db.connection) {
  const profiles = tableOf(strapi, uids.memberProfile);
  const [first, last, full] = ['firstName', 'lastName', 'fullName'].map((field) =>
    columnOf(strapi, uids.memberProfile, field),
  ) as [string, string, string];
  if (scope !== 'missing' && scope.profileIds.length === 0) return;

  const named = knex(profiles).update({
    [full]: knex.raw(`trim(coalesce(??, '') || ' ' || coalesce(??, ''))`, [first, last]),
  });
  await (scope === 'missing' ? named.whereNull(full) : named.whereIn('id', scope.profileIds));

  // The pickers' label: the name, then what else a treasurer may type (address book order).
  const [search, email, reference] = ['searchLabel', 'accountEmail', 'transferReference'].map((field) =>
    columnOf(strapi, uids.memberProfile, field),
  ) as [string, string, string];
  const cmps = joinTableOf(strapi, uids.memberProfile, 'address');
  const city = knex(`${cmps.name} as c`)
    .join(`${tableOf(strapi, 'shared.address')} as a`, 'a.id', `c.${cmps.inverseJoinColumn.name}`)
    .whereRaw(`c.?? = ??`, [cmps.joinColumn.name, `${profiles}.id`])
    .andWhere('c.field', 'address')
    .select(`a.${columnOf(strapi, 'shared.address', 'city')}`)
    .limit(1);
  const labelled = knex(profiles).update({
    [search]: knex.raw(
      `concat_ws(' — ', nullif(??, ''), nullif(??, ''), nullif((${city.toQuery()}), ''), nullif(??, ''))`,
      [full, email, reference],
    ),
  });
  await (scope === 'missing' ? labelled.whereNull(search) : labelled.whereIn('id', scope.profileIds));

  const payments = tableOf(strapi, uids.duesPayment);
  const link = joinTableOf(strapi, uids.duesPayment, 'profile');
  const column = (field: string) => `pay.${columnOf(strapi, uids.duesPayment, field)}`;
  const query = knex(`${payments} as pay`)
    .leftJoin(`${link.name} as l`, `l.${link.joinColumn.name}`, 'pay.id')
    .leftJoin(`${profiles} as p`, 'p.id', `l.${link.inverseJoinColumn.name}`)
    .select(
      'pay.id as id',
      `${column('title')} as title`,
      `${column('periodStart')} as periodStart`,
      `${column('periodEnd')} as periodEnd`,
      `${column('amountCents')} as amountCents`,
      `${column('method')} as method`,
      `p.${first} as firstName`,
      `p.${last} as lastName`,
    );
  const rows = (await (scope === 'missing'
    ? query.whereNull(column('title'))
    : query.whereIn('p.id', scope.profileIds))) as Array<{
    id: number;
    title: string | null;
    periodStart: string | Date;
    periodEnd: string | Date;
    amountCents: number;
    method: PaymentMethod;
    firstName: string | null;
    lastName: string | null;
  }>;
  for (const row of rows) {
    const title = paymentTitle({ ...row, periodStart: isoDay(row.periodStart), periodEnd: isoDay(row.periodEnd) });
    if (title !== row.title) await updateRows(strapi, knex, uids.duesPayment, row.id, { title });
  }
}

export function registerEntryTitles(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const named = context.uid === uids.memberProfile || context.uid === uids.duesPayment;
    if (!named || (context.action !== 'create' && context.action !== 'update')) return next();
    const result = await next();
    const documentId = (result as { documentId?: string } | null)?.documentId;
    if (!documentId) return result;
    const row = (await strapi.db.query(context.uid).findOne({
      where: { documentId },
      select: ['id'],
      ...(context.uid === uids.duesPayment ? { populate: { profile: { select: ['id'] } } } : {}),
    })) as { id: number; profile?: { id: number } | null } | null;
    const profileId = context.uid === uids.memberProfile ? row?.id : row?.profile?.id;
    if (profileId) await afterCommit(strapi, 'titres', () => refreshTitles(strapi, { profileIds: [profileId] }));
    return result;
  });
}

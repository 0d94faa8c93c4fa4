/**
 * Keeps each member's next due date and "virement déclaré" flag on their profile, so that
 * volunteers can list, sort and filter members in the admin (e.g. "Prochaine échéance" before
 * today = overdue). The member's own page always recomputes from the payments; these columns
 * are a copy for the admin list, refreshed whenever a payment or the profile's override changes.
 */
import type { Core } from '@strapi/strapi';
import { nextDueDate, type PaymentLike } from '@aec/config';
import { afterCommit, uids, updateRows } from '../../../db';

export async function refreshDueDate(strapi: Core.Strapi, profileId: number): Promise<void> {
  const profile = await strapi.db.query(uids.memberProfile).findOne({
    where: { id: profileId },
    select: ['id', 'dueDateOverride', 'importedDueDate', 'nextDueDate', 'transferDeclared'],
    populate: { duesPayments: { select: ['periodEnd', 'state'] } },
  });
  if (!profile) return;
  const payments = ((profile.duesPayments ?? []) as Array<{ periodEnd: string; state: PaymentLike['state'] }>).map(
    (p) => ({
      periodEnd: String(p.periodEnd),
      state: p.state,
    }),
  );
  const due = nextDueDate(
    payments,
    profile.dueDateOverride ? String(profile.dueDateOverride) : null,
    profile.importedDueDate ? String(profile.importedDueDate) : null,
  );
  const declared = payments.some((payment) => payment.state === 'declare');
  if (String(profile.nextDueDate ?? '') === String(due ?? '') && Boolean(profile.transferDeclared) === declared) return;
  // Straight to the columns, after the write's transaction: no lock wait, no document events.
  await updateRows(strapi, strapi.db.connection, uids.memberProfile, profileId, {
    nextDueDate: due,
    transferDeclared: declared,
  });
}

async function profilesOf(strapi: Core.Strapi, uid: string, documentId: string): Promise<number[]> {
  if (uid === uids.memberProfile) {
    const rows = await strapi.db.query(uids.memberProfile).findMany({ where: { documentId }, select: ['id'] });
    return rows.map((row) => row.id as number);
  }
  const rows = await strapi.db
    .query(uids.duesPayment)
    .findMany({ where: { documentId }, populate: { profile: { select: ['id'] } } });
  return rows.flatMap((row) => (row.profile?.id ? [row.profile.id as number] : []));
}

export function registerRefreshDueDate(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (
      (context.uid !== uids.duesPayment && context.uid !== uids.memberProfile) ||
      !['create', 'update', 'delete'].includes(context.action)
    )
      return next();
    const params = context.params as { documentId?: string };
    // A deleted payment is gone after next(): find its member first.
    const before = params.documentId ? await profilesOf(strapi, context.uid, params.documentId) : [];
    const result = await next();
    const written = result as { documentId?: string } | null;
    const documentId = params.documentId ?? written?.documentId;
    // Once saved (the journal, or a member's edit, may hold the write in a wider transaction).
    await afterCommit(strapi, 'cotisations', async () => {
      const after = documentId ? await profilesOf(strapi, context.uid, documentId) : [];
      for (const id of new Set([...before, ...after])) await refreshDueDate(strapi, id);
    });
    return result;
  });
}

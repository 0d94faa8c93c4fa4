/**
 * « Enregistrer un paiement » as a treasurer expects: the period is the one that follows the
 * member's last (under the association's rule) and the amount the member's dues (individual or
 * couple, from « Réglages de l'association »). The admin form shows them as soon as the member is
 * chosen (plugin « payments »); a payment saved with them empty gets them here. What she types is kept.
 */
import type { Core } from '@strapi/strapi';
import { association, duesAmountCents, nextPeriod, todayIn, type ProposedPayment } from '@aec/config';
import { serviceOf, uids } from '../../../db';

const empty = (value: unknown) => value === undefined || value === null || value === '';

/** The member a new payment names: an id, a documentId, or the admin's { connect: [{ … }] }. */
function memberOf(value: unknown): { id: number } | { documentId: string } | null {
  if (typeof value === 'number') return { id: value };
  if (typeof value === 'string' && value !== '') return { documentId: value };
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const { id, documentId, connect, set } = value as Record<string, unknown>;
    if (typeof id === 'number') return { id };
    if (typeof documentId === 'string') return { documentId };
    const [first] = (Array.isArray(set) ? set : Array.isArray(connect) ? connect : []) as unknown[];
    return first === undefined ? null : memberOf(first);
  }
  return null;
}

/** What a new payment from this member would be: the next period, the member's dues. Null for no member. */
export async function proposedPayment(strapi: Core.Strapi, memberRef: unknown): Promise<ProposedPayment | null> {
  const who = memberOf(memberRef);
  const profile = who
    ? await strapi.db
        .query(uids.memberProfile)
        .findOne({ where: who, select: ['nextDueDate'], populate: { secondMember: { select: ['id'] } } })
    : null;
  if (!profile) return null;
  const { dues } = await serviceOf(strapi, uids.associationSetting).current();
  const today = todayIn(association.reminders.timezone);
  const period = nextPeriod(dues.periodRule, profile.nextDueDate ? String(profile.nextDueDate) : null, today);
  const couple = Boolean(profile.secondMember);
  return { periodStart: period.start, periodEnd: period.end, amountCents: duesAmountCents(dues, couple), couple };
}

export function registerProposePeriodAndAmount(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== uids.duesPayment || context.action !== 'create') return next();
    const data = (context.params as { data?: Record<string, unknown> }).data ?? {};
    if (!empty(data.periodStart) && !empty(data.periodEnd) && !empty(data.amountCents)) return next();
    const proposed = await proposedPayment(strapi, data.profile);
    // No member named: require-member-and-amount says so, beside the field.
    if (!proposed) return next();
    if (empty(data.periodStart) && empty(data.periodEnd))
      Object.assign(data, { periodStart: proposed.periodStart, periodEnd: proposed.periodEnd });
    if (empty(data.amountCents)) data.amountCents = proposed.amountCents;
    return next();
  });
}

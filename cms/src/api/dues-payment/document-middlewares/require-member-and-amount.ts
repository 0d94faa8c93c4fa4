/**
 * A payment always names the member who paid, its period, and an amount a treasurer means: the admin
 * accepted a payment with no member, and « 40 » typed for 40 € (stored as 40 cents). Refused
 * with the reason, in French, where the volunteer saves.
 */
import type { Core } from '@strapi/strapi';
import { MINIMUM_PAYMENT_CENTS, messages } from '@aec/config';
import { uids } from '../../../db';
import { refuseField as refuse } from '../../../utils/validation';

/** Whether a relation value names someone (an id, a documentId, or a non-empty connect/set). */
function namesSomeone(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return false;
  if (typeof value === 'string' || typeof value === 'number') return true;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') {
    const { connect, set, id, documentId } = value as Record<string, unknown>;
    if (id !== undefined || documentId !== undefined) return true;
    if (Array.isArray(set)) return set.length > 0;
    return Array.isArray(connect) && connect.length > 0;
  }
  return false;
}

/** Whether an update takes the member away (an explicit null, or an empty set). */
function removesSomeone(value: unknown): boolean {
  if (value === null || value === '') return true;
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const { set, connect, disconnect } = value as Record<string, unknown>;
    if (Array.isArray(set)) return set.length === 0;
    return Array.isArray(disconnect) && disconnect.length > 0 && !(Array.isArray(connect) && connect.length > 0);
  }
  return false;
}

export function registerRequireMemberAndAmount(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== uids.duesPayment || (context.action !== 'create' && context.action !== 'update')) return next();
    const data = (context.params as { data?: Record<string, unknown> }).data ?? {};
    if (context.action === 'create' ? !namesSomeone(data.profile) : 'profile' in data && removesSomeone(data.profile))
      refuse('profile', messages.dues.memberRequired);
    // On create, propose-period-and-amount has filled what was left empty; nothing may be emptied after.
    for (const field of ['periodStart', 'periodEnd', 'amountCents'] as const) {
      const value = data[field];
      const cleared = value === null || value === '' || (context.action === 'create' && value === undefined);
      if (cleared) refuse(field, field === 'amountCents' ? messages.dues.amountTooSmall : messages.dues.periodRequired);
    }
    if (data.amountCents !== undefined && Number(data.amountCents) < MINIMUM_PAYMENT_CENTS)
      refuse('amountCents', messages.dues.amountTooSmall);
    return next();
  });
}

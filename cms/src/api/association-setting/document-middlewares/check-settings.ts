/**
 * An IBAN mistyped by one digit would send every member's transfer nowhere: the settings are
 * saved only with an IBAN whose check digits hold, a BIC of the right shape and dues of at
 * least 1 €, and a reminder calendar of distinct days, refused with the reason beside the field.
 */
import type { Core } from '@strapi/strapi';
import { isValidBic, isValidIban, messages, MINIMUM_PAYMENT_CENTS } from '@aec/config';
import { uids } from '../../../db';
import { refuseField as refuse } from '../../../utils/validation';

export function registerCheckSettings(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== uids.associationSetting || !['create', 'update'].includes(context.action)) return next();
    const data = (context.params as { data?: Record<string, unknown> }).data ?? {};
    if (typeof data.iban === 'string') {
      if (!isValidIban(data.iban)) refuse('iban', messages.settings.ibanInvalid);
      data.iban = data.iban
        .replace(/\s+/g, '')
        .toUpperCase()
        .replace(/(.{4})(?=.)/g, '$1 ');
    }
    if (typeof data.bic === 'string') {
      if (!isValidBic(data.bic)) refuse('bic', messages.settings.bicInvalid);
      data.bic = data.bic.replace(/\s+/g, '').toUpperCase();
    }
    if ('foundedIn' in data && !/^\d{4}$/.test(String(data.foundedIn)))
      refuse('foundedIn', messages.settings.foundedInInvalid);
    for (const field of ['individualCents', 'coupleCents'])
      if (field in data && !(Number(data[field]) >= MINIMUM_PAYMENT_CENTS))
        refuse(field, messages.settings.amountTooSmall);
    const others = Array.isArray(data.otherDues) ? (data.otherDues as Array<{ amountCents?: unknown }>) : [];
    if (others.some((other) => !(Number(other.amountCents) >= MINIMUM_PAYMENT_CENTS)))
      refuse('otherDues', messages.settings.amountTooSmall);
    if ('reminderSteps' in data) {
      const days = (
        Array.isArray(data.reminderSteps) ? (data.reminderSteps as Array<{ offsetDays?: unknown }>) : []
      ).map((step) => Number(step.offsetDays));
      if (days.length === 0 || days.some((day) => !Number.isInteger(day)) || new Set(days).size !== days.length)
        refuse('reminderSteps', messages.settings.reminderStepsInvalid);
    }
    return next();
  });
}

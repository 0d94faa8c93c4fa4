import { z } from 'zod';
import { messages } from '../messages.fr.js';
import { optionalText, requiredText } from './text.js';

const FRANCE = /^(france|fr)$/i;

/** ÉTAPE 2 « adresse ». A French postal code has five digits; other countries are checked loosely. */
export const addressSchema = z
  .object({
    line1: requiredText(messages.address.line1Required, 120, messages.address.lineTooLong),
    line2: optionalText(120, messages.address.lineTooLong),
    line3: optionalText(120, messages.address.lineTooLong),
    postalCode: requiredText(messages.address.postalCodeRequired, 12, messages.address.postalCodeInvalid),
    city: requiredText(messages.address.cityRequired, 80, messages.address.cityTooLong),
    country: requiredText(messages.address.countryRequired, 60, messages.address.countryRequired),
  })
  .superRefine(
    (address, ctx) => {
      const isFrance = FRANCE.test(address.country);
      const valid = isFrance
        ? /^\d{5}$/.test(address.postalCode)
        : /^[A-Za-z0-9][A-Za-z0-9 -]{1,10}$/.test(address.postalCode);
      if (!valid) {
        ctx.addIssue({
          code: 'custom',
          path: ['postalCode'],
          message: isFrance ? messages.address.postalCodeFrance : messages.address.postalCodeInvalid,
        });
      }
    },
    // Also when another field is missing: every problem of the step is shown at once.
    { when: ({ value }) => hasText(value, 'postalCode') && hasText(value, 'country') },
  );

function hasText(value: unknown, field: string): boolean {
  return typeof value === 'object' && value !== null && typeof (value as Record<string, unknown>)[field] === 'string';
}

export type Address = z.infer<typeof addressSchema>;

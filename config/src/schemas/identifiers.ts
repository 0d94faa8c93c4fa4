import { z } from 'zod';
import { messages } from '../messages.fr.js';
import { optionalText, requiredText } from './text.js';

/**
 * Letters of any alphabet, spaces, hyphens, apostrophes and dots (e.g. "Jean-Pierre", "d'Arc", "St.").
 * Words and the spaces between them never overlap: a long name is checked in linear time.
 */
const NAME_PATTERN = /^[\p{L}\p{M}][\p{L}\p{M}'’.-]*(?: +[\p{L}\p{M}'’.-]+)*$/u;

/** Empty values are already reported as missing: one message per problem. */
function isNameOrEmpty(value: string): boolean {
  // Too long is reported by .max(): one message per problem, and no pattern run on a long text.
  return value === '' || value.length > 80 || NAME_PATTERN.test(value);
}

export const civilities = ['madame', 'monsieur'] as const;
export const civilityLabels: Record<(typeof civilities)[number], string> = {
  madame: 'Madame',
  monsieur: 'Monsieur',
};

export const emailSchema = z
  .string({ error: messages.email.required })
  .trim()
  .min(1, messages.email.required)
  .max(254, messages.email.tooLong)
  .email(messages.email.invalid)
  .transform((value) => value.toLowerCase());

export const civilitySchema = z.enum(civilities, { error: messages.civility.required });

export const firstNameSchema = requiredText(messages.firstName.required, 80, messages.firstName.tooLong).refine(
  isNameOrEmpty,
  messages.name.invalidCharacters,
);

export const lastNameSchema = requiredText(messages.lastName.required, 80, messages.lastName.tooLong).refine(
  isNameOrEmpty,
  messages.name.invalidCharacters,
);

/** French or international numbers, with the usual separators; 6 to 15 digits. */
export const phoneSchema = optionalText(30, messages.phone.invalid).refine(
  (value) => {
    if (value === undefined || value === '') return true;
    if (!/^\+?[\d\s.()-]+$/.test(value)) return false;
    const digits = value.replace(/\D/g, '');
    return digits.length >= 6 && digits.length <= 15;
  },
  { message: messages.phone.invalid },
);

/** ÉTAPE 1 « identifiants »: who the member is and how they log in. */
export const identifiersSchema = z.object({
  email: emailSchema,
  civility: civilitySchema,
  firstName: firstNameSchema,
  lastName: lastNameSchema,
  phone: phoneSchema,
  mobilePhone: phoneSchema,
});

export type Identifiers = z.infer<typeof identifiersSchema>;
export type Civility = z.infer<typeof civilitySchema>;

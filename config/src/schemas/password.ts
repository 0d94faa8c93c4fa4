import { z } from 'zod';
import { messages } from '../messages.fr.js';

export const PASSWORD_MIN_LENGTH = 10;
/** bcrypt only reads the first 72 bytes: a longer password would be silently truncated. */
export const PASSWORD_MAX_BYTES = 72;

/** The most used passwords of French and English leaks, at least 10 characters long. */
const COMMON_PASSWORDS = new Set([
  '1234567890',
  '0123456789',
  '12345678910',
  '123456789a',
  'azertyuiop',
  'qwertyuiop',
  'azerty1234',
  'azerty123456',
  'motdepasse',
  'motdepasse1',
  'motdepasse123',
  'password12',
  'password123',
  'password1234',
  'passw0rd123',
  'iloveyou12',
  'jetaime1234',
  'soleil1234',
  'bonjour123',
  'bonjour1234',
  'doudou1234',
  'football12',
  'chocolat12',
  'princesse1',
  '1q2w3e4r5t',
  'qwerty1234',
  'qwerty12345',
  '1111111111',
  '0000000000',
  '9876543210',
  'abcdef1234',
  'abcdefghij',
  'loulou1234',
  'marseille13',
  'nicolas123',
  'celine1234',
  'administrateur',
  'ceramique1',
  'ceramique123',
  'faience1234',
  'porcelaine1',
  'association',
  'association1',
  'motdepasseaec',
  'aec1992aec',
  'changeme123',
  'welcome123',
  'bienvenue1',
  'bienvenue123',
]);

function byteLength(value: string): number {
  return new TextEncoder().encode(value).length;
}

function normalise(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The rules that need no knowledge of the member. */
export const passwordSchema = z
  .string({ error: messages.password.required })
  .min(1, messages.password.required)
  .min(PASSWORD_MIN_LENGTH, messages.password.tooShort(PASSWORD_MIN_LENGTH))
  .refine((value) => byteLength(value) <= PASSWORD_MAX_BYTES, messages.password.tooLong)
  .refine((value) => !COMMON_PASSWORDS.has(normalise(value)), messages.password.common);

/** What the member's own data must not be part of: name, first name, e-mail and city. */
export interface PasswordPersonalContext {
  email?: string | null;
  firstName?: string | null;
  lastName?: string | null;
  city?: string | null;
}

/** True when the password contains a personal word of 3 letters or more. */
export function passwordContainsPersonalData(password: string, context: PasswordPersonalContext): boolean {
  const haystack = normalise(password);
  const emailLocal = context.email?.split('@')[0];
  const words = [context.firstName, context.lastName, context.city, emailLocal]
    .flatMap((value) => (value ? normalise(value).split(/[^a-z0-9]+/) : []))
    .filter((word) => word.length >= 3);
  return words.some((word) => haystack.includes(word));
}

/** The form that chooses a password: typed twice, checked against the member's own data. */
export function newPasswordFormSchema(context: PasswordPersonalContext = {}) {
  return z
    .object({
      password: passwordSchema,
      passwordConfirmation: z
        .string({ error: messages.password.confirmationRequired })
        .min(1, messages.password.confirmationRequired),
    })
    .superRefine((value, ctx) => {
      if (passwordContainsPersonalData(value.password, context)) {
        ctx.addIssue({ code: 'custom', path: ['password'], message: messages.password.personal });
      }
      if (value.password !== value.passwordConfirmation) {
        ctx.addIssue({
          code: 'custom',
          path: ['passwordConfirmation'],
          message: messages.password.mismatch,
        });
      }
    });
}

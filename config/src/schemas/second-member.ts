import { z } from 'zod';
import { civilitySchema, emailSchema, firstNameSchema, lastNameSchema, phoneSchema } from './identifiers.js';

/**
 * ÉTAPE 3 « deuxième adhérent » (facultatif): the second person of a couple membership.
 * Their e-mail never opens the account; it only receives the association's mail.
 */
export const secondMemberSchema = z.object({
  civility: civilitySchema,
  firstName: firstNameSchema,
  lastName: lastNameSchema,
  email: emailSchema.optional(),
  phone: phoneSchema,
});

export type SecondMember = z.infer<typeof secondMemberSchema>;

import { z } from 'zod';
import { messages } from '../messages.fr.js';
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

/**
 * ÉTAPE 3 as a form: "Y a-t-il un deuxième adhérent ?" then, only if yes, the person.
 * Choosing "non" removes the second member.
 */
export const secondMemberStepSchema = z
  .object({
    hasSecondMember: z.enum(['oui', 'non'], { error: messages.secondMember.choose }),
    civility: z.string().optional().nullable(),
    firstName: z.string().optional().nullable(),
    lastName: z.string().optional().nullable(),
    email: z.string().optional().nullable(),
    phone: z.string().optional().nullable(),
  })
  .transform((value, ctx) => {
    if (value.hasSecondMember === 'non') return null;
    const { hasSecondMember: _ignored, ...person } = value;
    const parsed = secondMemberSchema.safeParse(
      Object.fromEntries(Object.entries(person).map(([k, v]) => [k, v === '' ? undefined : v])),
    );
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
    return z.NEVER;
  });

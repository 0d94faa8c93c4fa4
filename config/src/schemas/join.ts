import { z } from 'zod';
import { memberRecordSchema } from './member.js';
import { identifiersSchema } from './identifiers.js';
import { newPasswordFormSchema } from './password.js';

/**
 * ÉTAPE 1 « identifiants » when joining: the same identifiers as the update, plus the
 * password chosen twice, checked against the name and e-mail typed on the same step.
 */
export const joinIdentifiersSchema = identifiersSchema
  .extend({ password: z.string().optional(), passwordConfirmation: z.string().optional() })
  .superRefine((value, ctx) => {
    const checked = newPasswordFormSchema({
      email: value.email,
      firstName: value.firstName,
      lastName: value.lastName,
    }).safeParse({ password: value.password, passwordConfirmation: value.passwordConfirmation });
    if (!checked.success)
      for (const issue of checked.error.issues)
        ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
  });

/**
 * What the site sends to Strapi once the 4 steps are confirmed. `website` is the honeypot: a
 * field people never see, that only robots fill in.
 */
export const joinRequestSchema = z.object({
  record: memberRecordSchema,
  password: z.string().max(500),
  passwordConfirmation: z.string().max(500),
  website: z.string().max(500).optional().default(''),
});

export type JoinRequest = z.input<typeof joinRequestSchema>;

/** The only answer to a join request, whatever happened: it never tells an address is taken. */
export const joinAnswerSchema = z.object({ ok: z.literal(true) });

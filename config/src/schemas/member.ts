import { z } from 'zod';
import { messages } from '../messages.fr.js';
import { addressSchema } from './address.js';
import { identifiersSchema } from './identifiers.js';
import { secondMemberSchema } from './second-member.js';

/** A member's whole record, as confirmed at ÉTAPE 4 « validation ». */
export const memberRecordSchema = z
  .object({
    identifiers: identifiersSchema,
    address: addressSchema,
    secondMember: secondMemberSchema.nullable(),
  })
  .superRefine((record, ctx) => {
    if (record.secondMember?.email && record.secondMember.email === record.identifiers.email) {
      ctx.addIssue({
        code: 'custom',
        path: ['secondMember', 'email'],
        message: messages.secondMember.emailSameAsMember,
      });
    }
  });

export type MemberRecord = z.infer<typeof memberRecordSchema>;

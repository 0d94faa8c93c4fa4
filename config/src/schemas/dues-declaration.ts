import { z } from 'zod';
import { messages } from '../messages.fr.js';

/** "J'ai fait mon virement": the day the member made the transfer (not in the future, not too old). */
export const duesDeclarationSchema = z.object({
  transferDate: z
    .string({ error: messages.dues.transferDateRequired })
    .regex(/^\d{4}-\d{2}-\d{2}$/, messages.dues.transferDateInvalid)
    .refine((value) => !Number.isNaN(new Date(`${value}T00:00:00Z`).getTime()), messages.dues.transferDateInvalid),
});

export type DuesDeclaration = z.infer<typeof duesDeclarationSchema>;

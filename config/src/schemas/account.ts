/**
 * The contract of GET /api/me/account: what Strapi sends and the site reads for "Mon compte".
 * Strapi builds exactly this shape (an allow-list); the site parses it before use.
 */
import { z } from 'zod';
import { paymentMethods, paymentStates } from '../dues.js';
import { associationSettingsSchema } from '../settings.js';
import { civilities } from './identifiers.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const duesStatusSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none'), declaredPending: z.boolean() }),
  z.object({ kind: z.literal('up-to-date'), dueDate: isoDate, declaredPending: z.boolean() }),
  z.object({ kind: z.literal('overdue'), dueDate: isoDate, declaredPending: z.boolean() }),
  z.object({ kind: z.literal('honorary') }),
]);

export const memberAccountSchema = z.object({
  /** The account's id, the one Strapi reads from the token: whose a kept draft is. */
  memberId: z.number().int().positive(),
  email: z.string(),
  profile: z.object({
    civility: z.enum(civilities),
    firstName: z.string(),
    lastName: z.string(),
    phone: z.string().nullable(),
    mobilePhone: z.string().nullable(),
    membershipNumber: z.number().int().nullable(),
    transferReference: z.string().nullable(),
    joinedOn: isoDate.nullable(),
    consentPublicName: z.boolean(),
    consentNewsletter: z.boolean(),
    address: z
      .object({
        line1: z.string(),
        line2: z.string().nullable(),
        line3: z.string().nullable(),
        postalCode: z.string(),
        city: z.string(),
        country: z.string(),
      })
      .nullable(),
  }),
  secondMember: z
    .object({
      civility: z.enum(civilities),
      firstName: z.string(),
      lastName: z.string(),
      email: z.string().nullable(),
      phone: z.string().nullable(),
    })
    .nullable(),
  /** The journal of the member's own record, newest first: who changed what, and when. */
  changes: z
    .array(
      z.object({
        at: z.string(),
        actor: z.enum(['membre', 'benevole', 'systeme']),
        subject: z.enum(['fiche-membre', 'deuxieme-adherent', 'cotisation', 'compte']),
        action: z.enum(['creation', 'modification', 'suppression']),
        fields: z.array(z.object({ field: z.string(), before: z.string().nullable(), after: z.string().nullable() })),
      }),
    )
    .default([]),
  /** "Relances reçues": the dues reminders sent to the member, newest first. */
  // No due date for the reminder of a member with no dues recorded.
  reminders: z.array(z.object({ sentAt: z.string(), stepLabel: z.string(), dueDate: isoDate.nullable() })).default([]),
  dues: z.object({
    status: duesStatusSchema,
    payments: z.array(
      z.object({
        periodStart: isoDate,
        periodEnd: isoDate,
        amountCents: z.number().int(),
        method: z.enum(paymentMethods),
        state: z.enum(paymentStates),
        receivedOn: isoDate.nullable(),
      }),
    ),
    /** « Payer votre cotisation »: what this member pays next, for which period, and how (the current settings). */
    toPay: z.object({
      amountCents: z.number().int().positive(),
      period: z.object({ start: isoDate, end: isoDate }),
      settings: associationSettingsSchema,
    }),
  }),
});

export type MemberAccount = z.infer<typeof memberAccountSchema>;

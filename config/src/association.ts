/**
 * The values the first start writes into « Réglages de l'association » (settings.ts), which the
 * volunteers then change in the admin, and what stays in code (the reminder hour, the transfer
 * reference prefix). The site falls back on this identity while Strapi cannot be read.
 *
 * Amounts are in euro cents so that no rounding ever happens on money.
 */
import { z } from 'zod';
import {
  associationSettingsSchema,
  bankSchema,
  periodRuleSchema,
  reminderStepAt,
  reminderStepSchema,
  type AssociationSettings,
} from './settings.js';

export const associationSchema = z.object({
  name: z.string().min(1),
  shortName: z.string().min(1),
  foundedIn: z.number().int(),
  tagline: z.string(),
  contactEmail: z.string().email(),
  /** Where volunteers are told of new members (the membership secretary or treasurer). */
  membershipEmail: z.string().email(),
  postalAddress: z.object({
    lines: z.array(z.string()).min(1),
    postalCode: z.string(),
    city: z.string(),
    country: z.string(),
  }),
  bank: bankSchema,
  dues: z.object({
    currency: z.literal('EUR'),
    /** Yearly amounts, in cents. */
    individualCents: z.number().int().positive(),
    coupleCents: z.number().int().positive(),
    /** True while the amounts are placeholders. */
    amountsAreExample: z.boolean(),
    periodRule: periodRuleSchema,
    /** Prefix of each member's personal transfer reference, e.g. AEC-2026-0421. */
    transferReferencePrefix: z.string().regex(/^[A-Z]{2,6}$/),
  }),
  reminders: z.object({
    timezone: z.string(),
    /** Hour of the day (in `timezone`) at which the daily reminder task runs. */
    hour: z.number().int().min(0).max(23),
    steps: z.array(reminderStepSchema).min(1),
  }),
});

export type Association = z.infer<typeof associationSchema>;

export const association: Association = associationSchema.parse({
  name: "Association d'Étude de la Céramique",
  shortName: 'AEC',
  foundedIn: 1992,
  tagline:
    'Collectionneurs, conservateurs et chercheurs réunis pour consigner par écrit leurs connaissances de la céramique.',
  contactEmail: 'contact@assoetudeceramique.org',
  membershipEmail: 'adhesions@assoetudeceramique.org',
  postalAddress: {
    // Example address: replace with the association's registered office.
    lines: ["Association d'Étude de la Céramique", '1 place de l’Hôtel de Ville'],
    postalCode: '89000',
    city: 'Auxerre',
    country: 'France',
  },
  bank: {
    isExample: true,
    holder: "ASSOCIATION D'ETUDE DE LA CERAMIQUE",
    // A syntactically valid example IBAN (checksum correct), not the association's account.
    iban: 'FR76 3000 6000 0112 3456 7890 189',
    bic: 'AGRIFRPPXXX',
    bankName: 'Banque exemple',
  },
  dues: {
    currency: 'EUR',
    individualCents: 4000,
    coupleCents: 6000,
    amountsAreExample: true,
    periodRule: 'calendar-year',
    transferReferencePrefix: 'AEC',
  },
  reminders: {
    timezone: 'Europe/Paris',
    hour: 9,
    steps: [
      { key: 'j-30', offsetDays: -30, label: '30 jours avant l’échéance' },
      { key: 'j0', offsetDays: 0, label: 'le jour de l’échéance' },
      { key: 'j+30', offsetDays: 30, label: '30 jours après l’échéance' },
      { key: 'j+60', offsetDays: 60, label: '60 jours après l’échéance' },
    ],
  },
});

/** What the admin shows the very first time, before a volunteer changes anything. */
export const defaultSettings: AssociationSettings = associationSettingsSchema.parse({
  identity: {
    name: association.name,
    shortName: association.shortName,
    foundedIn: association.foundedIn,
    tagline: association.tagline,
    contactEmail: association.contactEmail,
    office: {
      lines: association.postalAddress.lines,
      postalCode: association.postalAddress.postalCode,
      city: association.postalAddress.city,
    },
  },
  membershipEmail: association.membershipEmail,
  chequeAddress: {
    lines: association.postalAddress.lines,
    postalCode: association.postalAddress.postalCode,
    city: association.postalAddress.city,
  },
  bank: association.bank,
  dues: {
    individualCents: association.dues.individualCents,
    coupleCents: association.dues.coupleCents,
    others: [],
    amountsAreExample: association.dues.amountsAreExample,
    periodRule: association.dues.periodRule,
  },
  reminderSteps: association.reminders.steps.map((step) => reminderStepAt(step.offsetDays)),
});

/**
 * The association's settings: the one file a volunteer (or the association's
 * technician) edits to adapt the platform to another association.
 *
 * Amounts are in euro cents so that no rounding ever happens on money.
 */
import { z } from 'zod';

const reminderStepSchema = z.object({
  /** Stable key, stored with every sent reminder so that a step is never sent twice. */
  key: z.string().regex(/^[a-z0-9+-]+$/),
  /** Days relative to the due date: negative before, 0 on the day, positive after. */
  offsetDays: z.number().int(),
  /** What volunteers read in the admin. */
  label: z.string().min(1),
});

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
  bank: z.object({
    /** True while the values below are placeholders: pages then say so. */
    isExample: z.boolean(),
    holder: z.string(),
    iban: z.string(),
    bic: z.string(),
    bankName: z.string(),
  }),
  dues: z.object({
    currency: z.literal('EUR'),
    /** Yearly amounts, in cents. */
    individualCents: z.number().int().positive(),
    coupleCents: z.number().int().positive(),
    /** True while the amounts are placeholders. */
    amountsAreExample: z.boolean(),
    /**
     * - `calendar-year`: a payment covers the calendar year it is made for (1 Jan – 31 Dec);
     * - `twelve-months`: a payment covers 12 months from the end of the previous period (or from payment).
     */
    periodRule: z.enum(['calendar-year', 'twelve-months']),
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
export type ReminderStep = z.infer<typeof reminderStepSchema>;

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

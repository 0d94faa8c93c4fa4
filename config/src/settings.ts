/**
 * « Réglages de l'association »: what the volunteers change in the admin (the association's
 * name and addresses, the bank details, the dues and their amounts, the period rule, where
 * cheques go, who hears of new members, the reminder calendar). Strapi keeps them; this is the one contract Strapi answers
 * with and the site reads. `association.ts` gives the values the first start writes.
 */
import { z } from 'zod';

/** ISO 13616: the two check digits make the whole number ≡ 1 (mod 97). */
export function isValidIban(iban: string): boolean {
  const compact = iban.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(compact)) return false;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const value = /[A-Z]/.test(char) ? String(char.charCodeAt(0) - 55) : char;
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

/** A BIC: bank, country, place, and an optional branch (8 or 11 characters). */
export function isValidBic(bic: string): boolean {
  return /^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(bic.replace(/\s+/g, '').toUpperCase());
}

const cents = z.number().int().positive();

export const reminderStepSchema = z.object({
  /** Stable key, stored with every sent reminder so that a step is never sent twice. */
  key: z.string().regex(/^[a-z0-9+-]+$/),
  /** Days relative to the due date: negative before, 0 on the day, positive after. */
  offsetDays: z.number().int().min(-365).max(365),
  /** What volunteers read in the admin. */
  label: z.string().min(1),
});
export type ReminderStep = z.infer<typeof reminderStepSchema>;

/**
 * - `calendar-year`: a payment covers the calendar year it is made for (1 Jan – 31 Dec);
 * - `twelve-months`: a payment covers 12 months from the end of the previous period (or from payment).
 */
export const periodRuleSchema = z.enum(['calendar-year', 'twelve-months']);

export const bankSchema = z.object({
  /** True while the values below are placeholders: pages then say so. */
  isExample: z.boolean(),
  holder: z.string().min(1),
  iban: z.string().refine(isValidIban),
  bic: z.string().refine(isValidBic),
  bankName: z.string(),
});

/**
 * A step of the reminder calendar from its day alone: « j-30 », « 30 jours avant l’échéance ».
 * The key is stored with every reminder sent, so a step keeps its key as long as its day.
 */
export function reminderStepAt(offsetDays: number): ReminderStep {
  const days = Math.abs(offsetDays);
  const word = days > 1 ? 'jours' : 'jour';
  if (offsetDays === 0) return { key: 'j0', offsetDays, label: 'le jour de l’échéance' };
  return offsetDays < 0
    ? { key: `j-${days}`, offsetDays, label: `${days} ${word} avant l’échéance` }
    : { key: `j+${days}`, offsetDays, label: `${days} ${word} après l’échéance` };
}

/** Who the association is, as every page footer and every mail says it. Public. */
export const identitySchema = z.object({
  name: z.string().min(1),
  /** « AEC »: page titles, « le site de l’AEC » in mails. */
  shortName: z.string().min(1),
  foundedIn: z.number().int().min(1800).max(2200),
  /** One sentence: the home page's lead and the pages' default description. */
  tagline: z.string(),
  /** Where members and visitors write, and where mails are answered. */
  contactEmail: z.string().email(),
  /** The registered office, in every page's footer. */
  office: z.object({
    lines: z.array(z.string()).min(1),
    postalCode: z.string(),
    city: z.string(),
  }),
});
export type Identity = z.infer<typeof identitySchema>;

/**
 * The association after « de » or « à »: « l’AEC », « l’Association d’Étude… »; any other name is
 * introduced (« l’association CCS »), since « le », « la » or « les » depends on words it hides.
 */
export function theAssociation(name: string): string {
  const vowelInitials = /^[AEIOUYÀÂÄÉÈÊËÎÏÔÖÙÛÜ][A-ZÀ-Ý0-9&.-]*$/.test(name);
  return vowelInitials || /^association\b/i.test(name) ? `l’${name}` : `l’association ${name}`;
}

export const associationSettingsSchema = z.object({
  identity: identitySchema,
  /** Where volunteers are told of new members (the membership secretary or treasurer). */
  membershipEmail: z.string().email(),
  /** Where cheques are sent, often the treasurer's own address. */
  chequeAddress: z.object({
    lines: z.array(z.string()).min(1),
    postalCode: z.string(),
    city: z.string(),
  }),
  bank: bankSchema,
  dues: z.object({
    individualCents: cents,
    coupleCents: cents,
    /** Other dues a member may choose to pay (« membre bienfaiteur », « étudiant »…). */
    others: z.array(z.object({ label: z.string().min(1), amountCents: cents })),
    /** True while the amounts are placeholders. */
    amountsAreExample: z.boolean(),
    periodRule: periodRuleSchema,
  }),
  /** The reminder calendar: the days, before (negative) or after the due date, a reminder goes. */
  reminderSteps: z.array(reminderStepSchema).min(1),
});

export type AssociationSettings = z.infer<typeof associationSettingsSchema>;

/** What anyone may read (« Adhérer »): the amounts, never the bank details. */
export const publicDuesSchema = associationSettingsSchema.shape.dues;
export type PublicDues = z.infer<typeof publicDuesSchema>;

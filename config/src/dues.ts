/**
 * Dues arithmetic, shared by Strapi (reminders, the volunteers' lists) and the site (Mon compte).
 * Pure functions on ISO dates (YYYY-MM-DD), so they are tested without a clock or a database.
 */
import { rememberedFormat } from './remembered-format.js';

/** Stored as volunteers read them in the admin panel: « déclaré », « confirmé ». */
export const paymentStates = ['declare', 'confirme'] as const;
export type PaymentState = (typeof paymentStates)[number];
/** Virement, chèque, espèces, en ligne. */
export const paymentMethods = ['virement', 'cheque', 'especes', 'en_ligne'] as const;
export type PaymentMethod = (typeof paymentMethods)[number];

/** At least 1 €: below that, the amount was typed in euros in a field counted in cents. */
export const MINIMUM_PAYMENT_CENTS = 100;

export interface PaymentLike {
  periodEnd: string;
  state: PaymentState;
}

export type DuesStatus =
  | { kind: 'none'; declaredPending: boolean }
  | { kind: 'up-to-date'; dueDate: string; declaredPending: boolean }
  | { kind: 'overdue'; dueDate: string; declaredPending: boolean }
  | { kind: 'honorary' };

/**
 * Latest confirmed period end; a volunteer's override wins (honorary members, corrections). A due
 * date carried over from the former member list (an import) counts as one more period end: no
 * money is invented for it, and the first payment recorded after it moves it on.
 */
export function nextDueDate(
  payments: readonly PaymentLike[],
  override?: string | null,
  carriedOver?: string | null,
): string | null {
  if (override) return override;
  let latest: string | null = carriedOver ?? null;
  for (const payment of payments) {
    if (payment.state === 'confirme' && (latest === null || payment.periodEnd > latest)) latest = payment.periodEnd;
  }
  return latest;
}

export function duesStatus(input: {
  payments: readonly PaymentLike[];
  override?: string | null;
  carriedOver?: string | null;
  honorary?: boolean;
  today: string;
}): DuesStatus {
  if (input.honorary) return { kind: 'honorary' };
  const dueDate = nextDueDate(input.payments, input.override, input.carriedOver);
  const declaredPending = input.payments.some((p) => p.state === 'declare');
  if (dueDate === null) return { kind: 'none', declaredPending };
  // The due date is the last day covered: overdue from the next day on.
  return dueDate < input.today
    ? { kind: 'overdue', dueDate, declaredPending }
    : { kind: 'up-to-date', dueDate, declaredPending };
}

/** An ISO date plus (or minus) whole days. */
export function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** An ISO date plus (or minus) whole months. */
export function addMonths(iso: string, months: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.toISOString().slice(0, 10);
}

/** The period the next payment would cover, under the association's rule. */
export function nextPeriod(
  rule: 'calendar-year' | 'twelve-months',
  currentDueDate: string | null,
  today: string,
): { start: string; end: string } {
  const start = currentDueDate && currentDueDate >= today ? addDays(currentDueDate, 1) : today;
  if (rule === 'calendar-year') {
    // A payment made for an already-started year covers that year.
    const year = start.slice(0, 4);
    return { start: `${year}-01-01`, end: `${year}-12-31` };
  }
  return { start, end: addDays(addMonths(start, 12), -1) };
}

/** e.g. AEC-2026-0421: the prefix, the joining year and the membership number, unique by construction. */
export function transferReference(prefix: string, joinedYear: number, membershipNumber: number): string {
  return `${prefix}-${joinedYear}-${String(membershipNumber).padStart(4, '0')}`;
}

export function duesAmountCents(dues: { individualCents: number; coupleCents: number }, isCouple: boolean): number {
  return isCouple ? dues.coupleCents : dues.individualCents;
}

// Intl formatters are built once: building one costs more than a hundred uses of it.
const longDate = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' });
const euros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });

/** 14 mars 2026 */
export const formatDateFr = rememberedFormat((iso) => longDate.format(new Date(`${iso}T00:00:00Z`)));

/** 40,00 € */
export function formatEuros(cents: number): string {
  return euros.format(cents / 100);
}

/**
 * What a treasurer types for an amount, in euros, as cents: « 40 », « 40,00 », « 40.5 », « 1 234,56 € ».
 * Null when it is not an amount (letters, a third decimal, a negative sign).
 */
export function parseEuros(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f€]/g, '').replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(compact)) return null;
  const [units = '0', decimals = ''] = compact.split('.');
  return Number(units) * 100 + Number(decimals.padEnd(2, '0'));
}

/** How a treasurer writes a payment's method and state, in her books and in the exported file. */
export const paymentMethodWords: Record<PaymentMethod, string> = {
  virement: 'virement',
  cheque: 'chèque',
  especes: 'espèces',
  en_ligne: 'en ligne',
};
export const paymentStateWords: Record<PaymentState, string> = { declare: 'déclaré', confirme: 'confirmé' };

/** « Dupont Marie — 2027 — 40,00 € — chèque »: a payment as a treasurer names it in her books. */
export function paymentTitle(payment: {
  lastName: string | null;
  firstName: string | null;
  periodStart: string;
  periodEnd: string;
  amountCents: number;
  method: PaymentMethod;
}): string {
  const name = [payment.lastName, payment.firstName].filter(Boolean).join(' ') || 'Sans membre';
  const [startYear, endYear] = [payment.periodStart.slice(0, 4), payment.periodEnd.slice(0, 4)];
  const period = startYear === endYear ? endYear : `${startYear}–${endYear}`;
  return [name, period, formatEuros(payment.amountCents), paymentMethodWords[payment.method]].join(' — ');
}

/** Above this, the admin asks the volunteer to confirm the amount (a typo of a few zeros). */
export const UNUSUAL_PAYMENT_CENTS = 1_000_000;

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** Today's date in the association's time zone, as YYYY-MM-DD (formatter built once: it is costly). */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, format);
  }
  return format.format(now);
}

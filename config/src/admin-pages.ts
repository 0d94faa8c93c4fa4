/**
 * What the admin's own pages read from their routes (the local plugins of cms/src/plugins): one
 * shape for the server that answers and the page that shows it.
 */

/** Where a mail stands in « Courriels ». */
export const MAIL_STATES = ['en-attente', 'envoye', 'abandonne'] as const;
export type MailState = (typeof MAIL_STATES)[number];

/** One mail as the « Courriels » list shows it. */
export interface MailRow {
  id: string;
  queuedAt: string;
  to: string;
  subject: string;
  state: MailState;
  attempts: number;
  lastError: string | null;
}

/** « Enregistrer un paiement »: the period and amount proposed once the member is chosen. */
export interface ProposedPayment {
  periodStart: string;
  periodEnd: string;
  amountCents: number;
  couple: boolean;
}

/** A line of « Ce qui vous attend »: a count, what it counts, the admin list already filtered. */
export interface SummaryLine {
  count: number;
  text: string;
  path: string;
}

/** How many members were up to date, overdue, or had no dues recorded, at the end of a month. */
export interface MonthOfMembers {
  /** YYYY-MM */
  month: string;
  upToDate: number;
  overdue: number;
  none: number;
}

/** « Ce qui vous attend », the admin's home page, for one person (what their role may read). */
export interface WaitingSummary {
  todo: SummaryLine[];
  upcoming: SummaryLine[];
  members: SummaryLine[];
  months: MonthOfMembers[];
}

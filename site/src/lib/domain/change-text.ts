/**
 * A journal value as a member reads it on "Mon compte": oui/non, euros, dates in words,
 * French names for states and payment methods — never the stored form (true, 4000, 2026-01-01).
 */
import { civilityLabels, formatDateFr, formatEuros, type Civility } from '@aec/config';

const DATES = new Set(['periodStart', 'periodEnd', 'receivedOn', 'dueDateOverride']);
const WORDS: Record<string, Record<string, string>> = {
  state: { declare: 'déclaré', confirme: 'confirmé' },
  method: { virement: 'virement', cheque: 'chèque', especes: 'espèces', en_ligne: 'en ligne' },
  civility: civilityLabels as Record<Civility, string>,
};

export function changeValue(field: string, value: string | null, empty: string): string {
  if (value === null || value === '') return empty;
  if (value === 'true') return 'oui';
  if (value === 'false') return 'non';
  if (field === 'amountCents' && /^\d+$/.test(value)) return formatEuros(Number(value));
  if (DATES.has(field) && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDateFr(value);
  return WORDS[field]?.[value] ?? value;
}

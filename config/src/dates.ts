/**
 * Days as a French volunteer types and reads them (31/12/2026), kept as ISO dates (2026-12-31):
 * the members' CSV file and the admin's date fields share these.
 */

/** The day of a date column, as the database driver hands it back (a Date, or a string). */
export function isoDay(value: unknown): string {
  return (value instanceof Date ? value.toISOString() : String(value)).slice(0, 10);
}

/** 2026-12-31 → 31/12/2026 */
export function shortDateFr(iso: string | null | undefined): string {
  if (!iso) return '';
  const [year, month, day] = iso.slice(0, 10).split('-');
  return `${day}/${month}/${year}`;
}

/** 31/12/2026, 1/2/2026, 31.12.2026 or 2026-12-31 → 2026-12-31; null when not a day of the calendar. */
export function parseDateFr(value: string): string | null {
  const trimmed = value.trim();
  const french = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  const [year, month, day] = french
    ? [Number(french[3]), Number(french[2]), Number(french[1])]
    : iso
      ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
      : [NaN, NaN, NaN];
  if (!Number.isInteger(year) || year < 1900 || year > 2200) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

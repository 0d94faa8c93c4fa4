import { describe, expect, it } from 'vitest';
import { association, associationSchema } from '../src/index.js';

/** ISO 13616 mod-97 check. */
function ibanIsValid(iban: string): boolean {
  const compact = iban.replace(/\s/g, '');
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  const digits = rearranged.replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55));
  let remainder = 0;
  for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  return remainder === 1;
}

/*
 * Coherence, not the values themselves: an association adapts its settings without breaking
 * the suite, and a setting that could not work is caught here.
 */
describe('les réglages de l’association', () => {
  it('sont complets et valides (le schéma des réglages les relit)', () => {
    expect(associationSchema.safeParse(association).success).toBe(true);
  });

  it('ont un IBAN bien formé (clé de contrôle ISO 13616)', () => {
    expect(ibanIsValid(association.bank.iban)).toBe(true);
  });

  it('ont des cotisations positives, celle d’un couple au moins égale à celle d’une personne', () => {
    expect(association.dues.individualCents).toBeGreaterThan(0);
    expect(association.dues.coupleCents).toBeGreaterThanOrEqual(association.dues.individualCents);
  });

  it('relancent dans l’ordre du calendrier, chaque étape sous sa propre clé, dans un fuseau horaire connu', () => {
    const offsets = association.reminders.steps.map((step) => step.offsetDays);
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
    const keys = association.reminders.steps.map((step) => step.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(() => new Intl.DateTimeFormat('fr-FR', { timeZone: association.reminders.timezone })).not.toThrow();
  });
});

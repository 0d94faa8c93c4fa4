import { describe, expect, it } from 'vitest';
import { association } from '../src/index.js';

/** ISO 13616 mod-97 check. */
function ibanIsValid(iban: string): boolean {
  const compact = iban.replace(/\s/g, '');
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  const digits = rearranged.replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55));
  let remainder = 0;
  for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  return remainder === 1;
}

describe('les réglages de l’association', () => {
  it('donnent l’adresse de contact du guide', () => {
    expect(association.contactEmail).toBe('contact@assoetudeceramique.org');
  });

  it('ont un IBAN d’exemple bien formé, marqué comme exemple', () => {
    expect(association.bank.isExample).toBe(true);
    expect(ibanIsValid(association.bank.iban)).toBe(true);
  });

  it('relancent 30 jours avant, le jour même, 30 et 60 jours après l’échéance', () => {
    expect(association.reminders.steps.map((step) => step.offsetDays)).toEqual([-30, 0, 30, 60]);
    expect(association.reminders.timezone).toBe('Europe/Paris');
  });
});

import { describe, expect, it } from 'vitest';
import { changeValue } from '../src/lib/domain/change-text';

describe('les modifications, en mots', () => {
  it('dit oui ou non, des euros, des dates et des mots français', () => {
    expect(changeValue('honorary', 'false', '(vide)')).toBe('non');
    expect(changeValue('amountCents', '6000', '(vide)')).toMatch(/^60,00\s€$/);
    expect(changeValue('periodEnd', '2026-12-31', '(vide)')).toBe('31 décembre 2026');
    expect(changeValue('state', 'declare', '(vide)')).toBe('déclaré');
    expect(changeValue('method', 'cheque', '(vide)')).toBe('chèque');
    expect(changeValue('civility', 'madame', '(vide)')).toBe('Madame');
    expect(changeValue('phone', null, '(vide)')).toBe('(vide)');
  });
});

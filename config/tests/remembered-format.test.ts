import { describe, expect, it } from 'vitest';
import { rememberedFormat } from '../src/remembered-format.js';

describe('rememberedFormat', () => {
  it('une date déjà mise en forme ne l’est pas une seconde fois, et donne le même texte', () => {
    let calls = 0;
    const format = rememberedFormat((iso) => {
      calls += 1;
      return `le ${iso}`;
    });
    expect(format('2026-03-14')).toBe('le 2026-03-14');
    expect(format('2026-03-14')).toBe('le 2026-03-14');
    expect(format('2026-03-15')).toBe('le 2026-03-15');
    expect(calls).toBe(2);
  });

  it('la mémoire se vide au-delà de sa limite, et les réponses restent justes', () => {
    let calls = 0;
    const format = rememberedFormat((value) => {
      calls += 1;
      return value.toUpperCase();
    }, 2);
    expect([format('a'), format('b'), format('c'), format('a')]).toEqual(['A', 'B', 'C', 'A']);
    expect(calls).toBe(4);
  });
});

import { describe, expect, it } from 'vitest';
import { joinIdentifiersSchema, joinRequestSchema, messages } from '../src/index.js';

const identifiers = { email: 'anne@exemple.fr', civility: 'madame', firstName: 'Anne', lastName: 'Girard' };

describe('Adhérer — ÉTAPE 1 : identifiants et mot de passe', () => {
  it('accepte un mot de passe solide saisi deux fois', () => {
    const result = joinIdentifiersSchema.safeParse({
      ...identifiers,
      password: 'Faience-de-Nevers-1750',
      passwordConfirmation: 'Faience-de-Nevers-1750',
    });
    expect(result.success).toBe(true);
  });

  it('refuse deux saisies différentes, à côté de la seconde', () => {
    const result = joinIdentifiersSchema.safeParse({
      ...identifiers,
      password: 'Faience-de-Nevers-1750',
      passwordConfirmation: 'Faience-de-Nevers-1751',
    });
    expect(result.error?.issues).toContainEqual(
      expect.objectContaining({ path: ['passwordConfirmation'], message: messages.password.mismatch }),
    );
  });

  it('refuse un mot de passe qui contient le nom saisi à la même étape', () => {
    const result = joinIdentifiersSchema.safeParse({
      ...identifiers,
      password: 'girard-céramique-2026',
      passwordConfirmation: 'girard-céramique-2026',
    });
    expect(result.error?.issues).toContainEqual(
      expect.objectContaining({ path: ['password'], message: messages.password.personal }),
    );
  });

  it('demande le mot de passe quand il manque', () => {
    const result = joinIdentifiersSchema.safeParse(identifiers);
    expect(result.error?.issues.map((issue) => issue.path[0])).toEqual(['password', 'passwordConfirmation']);
  });
});

describe('Adhérer — la demande envoyée à Strapi', () => {
  it('laisse le pot de miel vide par défaut', () => {
    const parsed = joinRequestSchema.parse({
      record: {
        identifiers,
        address: { line1: '2 rue Haute', postalCode: '58000', city: 'Nevers', country: 'France' },
        secondMember: null,
      },
      password: 'x',
      passwordConfirmation: 'x',
    });
    expect(parsed.website).toBe('');
  });
});

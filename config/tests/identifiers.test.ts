import { describe, expect, it } from 'vitest';
import { identifiersSchema, messages } from '../src/index.js';

const valid = {
  email: '  Marie.Dupont@Exemple.fr ',
  civility: 'madame',
  firstName: 'Marie-Hélène',
  lastName: "d'Orléans",
  phone: '03 86 12 34 56',
  mobilePhone: undefined,
};

function errorsOf(input: unknown): Record<string, string[] | undefined> {
  const result = identifiersSchema.safeParse(input);
  if (result.success) return {};
  return result.error.flatten().fieldErrors;
}

describe('ÉTAPE 1 : identifiants', () => {
  it('accepte une fiche complète et range l’adresse e-mail en minuscules', () => {
    const parsed = identifiersSchema.parse(valid);
    expect(parsed.email).toBe('marie.dupont@exemple.fr');
    expect(parsed.firstName).toBe('Marie-Hélène');
  });

  it('dit en français quel champ obligatoire manque', () => {
    const errors = errorsOf({ email: null, civility: null, firstName: null, lastName: '   ' });
    expect(errors.email).toEqual([messages.email.required]);
    expect(errors.civility).toEqual([messages.civility.required]);
    expect(errors.firstName).toEqual([messages.firstName.required]);
    expect(errors.lastName).toEqual([messages.lastName.required]);
  });

  it('refuse une adresse e-mail mal formée avec un exemple', () => {
    expect(errorsOf({ ...valid, email: 'marie.dupont@' }).email).toEqual([messages.email.invalid]);
  });

  it('refuse un téléphone qui n’en est pas un, accepte le format international', () => {
    expect(errorsOf({ ...valid, phone: 'appelez-moi' }).phone).toEqual([messages.phone.invalid]);
    expect(errorsOf({ ...valid, phone: '+33 3 86 12 34 56' }).phone).toBeUndefined();
  });

  it('refuse les caractères qui ne forment pas un nom', () => {
    expect(errorsOf({ ...valid, lastName: '<script>' }).lastName).toEqual([messages.name.invalidCharacters]);
  });
});

import { describe, expect, it } from 'vitest';
import { memberRecordSchema, messages, secondMemberSchema } from '../src/index.js';

const identifiers = { email: 'jean@exemple.fr', civility: 'monsieur', firstName: 'Jean', lastName: 'Martin' };
const address = { line1: '3 quai de la Marine', postalCode: '89000', city: 'Auxerre', country: 'France' };

describe('ÉTAPE 3 : deuxième adhérent (facultatif) et ÉTAPE 4 : validation', () => {
  it('accepte une fiche sans deuxième adhérent', () => {
    expect(memberRecordSchema.safeParse({ identifiers, address, secondMember: null }).success).toBe(true);
  });

  it('accepte un deuxième adhérent sans adresse e-mail', () => {
    const secondMember = { civility: 'madame', firstName: 'Claire', lastName: 'Martin' };
    expect(secondMemberSchema.safeParse(secondMember).success).toBe(true);
  });

  it('refuse que le deuxième adhérent ait la même adresse que le membre', () => {
    const secondMember = { civility: 'madame', firstName: 'Claire', lastName: 'Martin', email: 'JEAN@exemple.fr' };
    const result = memberRecordSchema.safeParse({ identifiers, address, secondMember });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({
      path: ['secondMember', 'email'],
      message: messages.secondMember.emailSameAsMember,
    });
  });
});

import { describe, expect, it } from 'vitest';
import { addressSchema, messages } from '../src/index.js';

const valid = { line1: '12 rue de la Faïencerie', postalCode: '89000', city: 'Auxerre', country: 'France' };

describe('ÉTAPE 2 : adresse', () => {
  it('accepte une adresse française', () => {
    expect(addressSchema.parse(valid)).toMatchObject(valid);
  });

  it('demande cinq chiffres pour un code postal français', () => {
    const result = addressSchema.safeParse({ ...valid, postalCode: '8900' });
    expect(result.success).toBe(false);
    expect(result.error?.flatten().fieldErrors.postalCode).toEqual([messages.address.postalCodeFrance]);
  });

  it('accepte un code postal étranger', () => {
    expect(addressSchema.safeParse({ ...valid, postalCode: 'SW1A 1AA', country: 'Royaume-Uni' }).success).toBe(true);
  });

  it('signale chaque champ obligatoire manquant', () => {
    const errors = addressSchema
      .safeParse({ line1: '', postalCode: null, city: ' ', country: 'France' })
      .error?.flatten().fieldErrors;
    expect(errors?.line1).toEqual([messages.address.line1Required]);
    expect(errors?.postalCode).toEqual([messages.address.postalCodeRequired]);
    expect(errors?.city).toEqual([messages.address.cityRequired]);
  });
});

describe('une adresse avec plusieurs problèmes', () => {
  it('les montre tous à la fois : la ligne manquante et le code postal français faux', () => {
    const result = addressSchema.safeParse({ line1: '', postalCode: '5800', city: 'Nevers', country: 'France' });
    const fields = result.error?.issues.map((issue) => issue.path.join('.'));
    expect(fields).toEqual(expect.arrayContaining(['line1', 'postalCode']));
  });
});

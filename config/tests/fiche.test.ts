import { describe, expect, it } from 'vitest';
import { ficheSchema, messages } from '../src/index.js';

describe('Créer une fiche', () => {
  it('accepte un titre et une rubrique, sans images', () => {
    expect(ficheSchema.parse({ title: 'Marque de Sinceny', rubrique: 'abc123' }).images).toEqual([]);
  });

  it('demande un titre et une rubrique', () => {
    const errors = ficheSchema.safeParse({ title: ' ', rubrique: null }).error?.flatten().fieldErrors;
    expect(errors?.title).toEqual([messages.fiche.titleRequired]);
    expect(errors?.rubrique).toEqual([messages.fiche.rubriqueRequired]);
  });

  it('demande une description de chaque image et limite leur nombre à 10', () => {
    // zod 4 checks the count only once every image is valid: one message at a time.
    const unnamed = ficheSchema.safeParse({ title: 'x', rubrique: 'r', images: [{ id: 1, alt: '' }] });
    expect(unnamed.error?.issues.map((issue) => issue.message)).toEqual([messages.fiche.imageAltRequired]);
    const eleven = Array.from({ length: 11 }, (_, index) => ({ id: index + 1, alt: 'Une assiette' }));
    const tooMany = ficheSchema.safeParse({ title: 'x', rubrique: 'r', images: eleven });
    expect(tooMany.error?.issues.map((issue) => issue.message)).toEqual([messages.fiche.tooManyImages(10)]);
  });
});

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
    const image = { id: 1, alt: '' };
    const result = ficheSchema.safeParse({ title: 'x', rubrique: 'r', images: Array(11).fill(image) });
    const messagesFound = result.error?.issues.map((issue) => issue.message);
    expect(messagesFound).toContain(messages.fiche.imageAltRequired);
    expect(messagesFound).toContain(messages.fiche.tooManyImages(10));
  });
});

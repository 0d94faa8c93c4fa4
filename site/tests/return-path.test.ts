import { describe, expect, it } from 'vitest';
import { DEFAULT_AFTER_LOGIN, safeReturnPath } from '../src/lib/auth/return-path';
import { RETURN_ATTACKS } from './return-attacks';

describe('après la connexion, le retour sur la page d’origine', () => {
  it('garde un chemin du site, avec sa recherche et son ancre', () => {
    expect(safeReturnPath('/association?x=1#histoire')).toBe('/association?x=1#histoire');
  });

  it('garde une recherche encodée telle quelle, et une page au nom accentué', () => {
    expect(safeReturnPath('/recherche?q=100%25%20c%C3%A9ramique')).toBe('/recherche?q=100%25%20c%C3%A9ramique');
    expect(safeReturnPath('/rubriques/c%C3%A9ramique')).toBe('/rubriques/c%C3%A9ramique');
    expect(safeReturnPath('/rubriques/céramique')).toBe('/rubriques/c%C3%A9ramique');
  });

  it('ramène au chemin simple les « . » et « .. » qui restent sur le site', () => {
    expect(safeReturnPath('/espace-membres/./fiches/../mon-compte')).toBe('/espace-membres/mon-compte');
  });

  it.each(RETURN_ATTACKS)('refuse %j et mène à Mon compte', (value) => {
    expect(safeReturnPath(value)).toBe(DEFAULT_AFTER_LOGIN);
  });

  it('ne rend jamais une adresse qui sortirait du site, même après décodage', () => {
    for (const value of RETURN_ATTACKS) {
      const result = safeReturnPath(value);
      const read = new URL(result, 'https://aec.example');
      expect(read.origin).toBe('https://aec.example');
      expect(new URL(decodeURIComponent(result), 'https://aec.example').origin).toBe('https://aec.example');
    }
  });
});

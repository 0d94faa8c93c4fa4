import { describe, expect, it } from 'vitest';
import { DEFAULT_AFTER_LOGIN, safeReturnPath } from '../src/lib/auth/return-path';

describe('après la connexion, le retour sur la page d’origine', () => {
  it('garde un chemin du site, avec sa recherche et son ancre', () => {
    expect(safeReturnPath('/association?x=1#histoire')).toBe('/association?x=1#histoire');
  });

  it.each([
    '//pirate.example/x',
    'https://pirate.example/',
    '/\\pirate.example',
    'javascript:alert(1)',
    '/%0d%0aSet-Cookie:x',
    '\u0000/x',
    '',
    undefined,
    '/connexion?retour=/x',
  ])('refuse %s et mène à Mon compte', (value) => {
    const result = safeReturnPath(value);
    expect(result.startsWith('/')).toBe(true);
    expect(result.startsWith('//')).toBe(false);
    if (value !== '/%0d%0aSet-Cookie:x') expect(result).toBe(DEFAULT_AFTER_LOGIN);
  });
});

import { describe, expect, it } from 'vitest';
import { safeHref } from '../src/lib/domain/safe-href';

describe('les liens d’un texte riche', () => {
  it('gardent les adresses web, mail, téléphone et les chemins du site', () => {
    expect(safeHref('https://www.sevresciteceramique.fr/')).toBe('https://www.sevresciteceramique.fr/');
    expect(safeHref('mailto:contact@assoetudeceramique.org')).toBe('mailto:contact@assoetudeceramique.org');
    expect(safeHref('/association')).toBe('/association');
  });

  it.each([
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:x',
    '//evil.example/x',
  ])('refusent %s', (url) => {
    expect(safeHref(url)).toBeNull();
  });
});

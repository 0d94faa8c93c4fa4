import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../src/index.js';

describe('échapper un texte pour le HTML', () => {
  it('chevrons, esperluette et guillemets deviennent des entités ; le reste, accents compris, ne change pas', () => {
    expect(escapeHtml('"<>&\'')).toBe('&#34;&#60;&#62;&#38;&#39;');
    expect(escapeHtml('Faïence « à la bougie »')).toBe('Faïence « à la bougie »');
  });

  it('un texte échappé ne peut ni ouvrir une balise ni sortir d’un attribut', () => {
    const escaped = escapeHtml('"><script>alert(1)</script>');
    expect(escaped).not.toMatch(/[<>"]/);
  });
});

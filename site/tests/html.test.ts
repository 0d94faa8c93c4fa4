import { describe, expect, it } from 'vitest';
import type { MemberFicheSummary } from '@aec/config';
import { myFichesItems } from '../src/components/fiches/my-fiches-list';
import { html } from '../src/lib/html';

describe('le HTML écrit à la main est échappé par construction', () => {
  it('toute valeur insérée est échappée, dans le texte comme entre guillemets', () => {
    const title = '<script>alert("x")</script> & \'co\'';
    expect(html`<a title="${title}">${title}</a>`.markup).toBe(
      '<a title="&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; &#39;co&#39;">' +
        '&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; &#39;co&#39;</a>',
    );
  });

  it('seul le HTML construit par html passe tel quel ; rien, null et false ne laissent rien', () => {
    const items = ['<b>', 'é'].map((word) => html`<li>${word}</li>`);
    // prettier-ignore
    const markup = html`<ul>${items}</ul>${null}${undefined}${false}${0}`.markup;
    expect(markup).toBe('<ul><li>&#60;b&#62;</li><li>é</li></ul>0');
  });
});

describe('« Voir et modifier mes fiches »', () => {
  const fiche = {
    documentId: 'abc123',
    title: 'Assiette <Nevers> « à la bougie »',
    rubrique: { name: 'Marques & signatures', slug: 'marques-et-signatures' },
    state: 'brouillon',
    createdAt: '2026-03-14T10:00:00.000Z',
    updatedAt: '2026-03-14T10:00:00.000Z',
  } as MemberFicheSummary;

  it('chaque fiche donne son titre en lien, sa rubrique, sa date de création et son état, échappés', () => {
    // Spaces and line breaks between tags are the formatter's; the text reads the same.
    const markup = myFichesItems([fiche]).markup.replace(/\s+/g, ' ');
    expect(markup).toContain(
      '<a href="/espace-membres/fiches/abc123"><strong>Assiette &#60;Nevers&#62; « à la bougie »</strong></a>',
    );
    expect(markup).toContain(
      'Marques &#38; signatures — créée le <time datetime="2026-03-14T10:00:00.000Z">14 mars 2026</time>',
    );
    expect(markup).toContain('État : <span class="state">brouillon</span>');
  });
});

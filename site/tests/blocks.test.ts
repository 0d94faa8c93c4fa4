import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import Blocks from '../src/components/Blocks.astro';
import type { Block } from '../src/lib/strapi/schemas';

const hostile: Block[] = [
  { type: 'heading', level: 1, children: [{ type: 'text', text: 'Titre <img src=x onerror=alert(1)>' }] },
  {
    type: 'paragraph',
    children: [
      { type: 'text', text: '<script>alert("x")</script>' },
      { type: 'link', url: 'javascript:alert(1)', children: [{ type: 'text', text: 'piège' }] },
      { type: 'link', url: 'https://exemple.fr/', children: [{ type: 'text', text: 'un vrai lien' }] },
    ],
  },
  { type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [{ type: 'text', text: 'un' }] }] },
  { type: 'quote', children: [{ type: 'text', text: 'citation' }] },
  { type: 'code', children: [{ type: 'text', text: 'inconnu' }] } as unknown as Block,
];

describe('le texte riche des éditeurs et des membres', () => {
  it('s’affiche sans qu’aucun script, attribut d’événement ou lien javascript: ne passe', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(Blocks, { props: { blocks: hostile } });
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('<a href="https://exemple.fr/">un vrai lien</a>');
    expect(html).toContain('<span>piège</span>');
    expect(html).toMatch(/<h2>\s*Titre &lt;img/);
    expect(html).toMatch(/<li>\s*un\s*<\/li>/);
    expect(html).toMatch(/<blockquote>\s*citation\s*<\/blockquote>/);
    expect(html).not.toContain('inconnu');
  });
});

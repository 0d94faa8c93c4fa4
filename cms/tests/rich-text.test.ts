import { describe, expect, it } from 'vitest';
import { blocks, blocksToPlainText, blocksToSource } from '../src/utils/rich-text';

describe('le texte d’une fiche', () => {
  const source =
    'Un paragraphe avec [un lien](https://exemple.fr/).\n\n## Intertitre\n\n- un\n- deux\n\n> Une citation';

  it('devient du texte riche et revient à l’identique pour être modifié', () => {
    expect(blocksToSource(blocks(source))).toBe(source);
    expect(blocks(source).map((block) => block.type)).toEqual(['paragraph', 'heading', 'list', 'quote']);
  });

  it('ne fait jamais un lien de javascript: ou data:, et garde le HTML comme du texte', () => {
    const hostile = blocks('<img src=x onerror=alert(1)> [clic](javascript:alert(1)) [x](data:text/html,<script>)');
    expect(JSON.stringify(hostile)).not.toContain('"type":"link"');
    expect(blocksToPlainText(hostile)).toContain('<img src=x onerror=alert(1)>');
  });
});

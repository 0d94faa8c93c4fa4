/**
 * Builds Strapi "blocks" rich text from short French prose, for seeded content.
 * A line starting with "## " is a heading, "- " a list item, "> " a quote; blank lines separate blocks.
 */
type Text = { type: 'text'; text: string; bold?: boolean };
export type Block =
  | { type: 'paragraph'; children: Text[] }
  | { type: 'heading'; level: 2 | 3; children: Text[] }
  | { type: 'quote'; children: Text[] }
  | { type: 'list'; format: 'unordered'; children: Array<{ type: 'list-item'; children: Text[] }> };

const text = (value: string): Text => ({ type: 'text', text: value });

export function blocks(source: string): Block[] {
  return source
    .trim()
    .split(/\n\s*\n/)
    .map((chunk): Block => {
      const lines = chunk
        .trim()
        .split('\n')
        .map((line) => line.trim());
      const first = lines[0] ?? '';
      if (first.startsWith('## ')) return { type: 'heading', level: 2, children: [text(first.slice(3))] };
      if (first.startsWith('> '))
        return { type: 'quote', children: [text(lines.map((l) => l.replace(/^> /, '')).join(' '))] };
      if (first.startsWith('- ')) {
        return {
          type: 'list',
          format: 'unordered',
          children: lines.map((line) => ({ type: 'list-item', children: [text(line.replace(/^- /, ''))] })),
        };
      }
      return { type: 'paragraph', children: [text(lines.join(' '))] };
    });
}

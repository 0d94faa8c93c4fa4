/** The first words of a fiche, for lists: plain text, cut at a word, with an ellipsis. */
import type { Block } from '../strapi/schemas';

export function summaryOf(blocks: readonly Block[] | null | undefined, max = 200): string {
  const words: string[] = [];
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    const value = node as { text?: unknown; children?: unknown };
    if (typeof value.text === 'string') words.push(value.text);
    if (Array.isArray(value.children)) value.children.forEach(walk);
  };
  (blocks ?? []).forEach(walk);
  const text = words.join(' ').replace(/\s+/g, ' ').trim();
  if (text.length <= max) return text;
  return `${text.slice(0, text.lastIndexOf(' ', max)).replace(/[,;:.]$/, '')}…`;
}

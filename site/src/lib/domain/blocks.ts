/**
 * Turns Strapi "blocks" into a small render model the Blocks component can print without
 * decisions: unknown nodes are dropped, links keep only safe URLs, heading levels fit the page.
 */
import type { Block, Inline } from '../strapi/schemas';
import { safeHref } from './safe-href';

export type InlinePart =
  { kind: 'text'; text: string; strong: boolean; em: boolean } | { kind: 'link'; text: string; href: string | null };

export type RenderBlock =
  | { kind: 'p' | 'blockquote'; parts: InlinePart[] }
  | { kind: 'heading'; tag: 'h2' | 'h3' | 'h4' | 'h5' | 'h6'; parts: InlinePart[] }
  | { kind: 'ul' | 'ol'; items: InlinePart[][] };

function inline(nodes: unknown): InlinePart[] {
  if (!Array.isArray(nodes)) return [];
  return (nodes as Inline[]).map((node): InlinePart =>
    node.type === 'link'
      ? { kind: 'link', text: node.children.map((child) => child.text).join(''), href: safeHref(node.url) }
      : { kind: 'text', text: node.text, strong: Boolean(node.bold), em: Boolean(node.italic) },
  );
}

export function toRenderBlocks(blocks: readonly Block[] | null | undefined, pageHeadingLevel = 1): RenderBlock[] {
  const result: RenderBlock[] = [];
  for (const block of blocks ?? []) {
    const children = 'children' in block ? block.children : undefined;
    switch (block.type) {
      case 'paragraph':
        result.push({ kind: 'p', parts: inline(children) });
        break;
      case 'quote':
        result.push({ kind: 'blockquote', parts: inline(children) });
        break;
      case 'heading': {
        const wanted = 'level' in block && typeof block.level === 'number' ? block.level : 2;
        const level = Math.min(6, Math.max(pageHeadingLevel + 1, wanted));
        result.push({ kind: 'heading', tag: `h${level}` as 'h2', parts: inline(children) });
        break;
      }
      case 'list': {
        const items = Array.isArray(children)
          ? (children as Array<{ children?: unknown }>).map((item) => inline(item.children))
          : [];
        result.push({ kind: 'format' in block && block.format === 'ordered' ? 'ol' : 'ul', items });
        break;
      }
      default:
        break;
    }
  }
  return result;
}

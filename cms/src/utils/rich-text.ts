/**
 * What a member types in a plain text box, and Strapi's "blocks" rich text, both ways.
 * The syntax is the one the form explains: a blank line between paragraphs, "## " for a
 * heading, "- " for a list item, "> " for a quotation, [words](https://…) for a link.
 * Nothing here is HTML: the site renders blocks itself, escaping text and checking links.
 */
type Text = { type: 'text'; text: string };
/** Links from members open as ordinary links; `nofollow ugc` says they are user content. */
type Link = { type: 'link'; url: string; rel: string; target: string; children: Text[] };
type Inline = Text | Link;
export type Block =
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'heading'; level: 2 | 3; children: Inline[] }
  | { type: 'quote'; children: Inline[] }
  | { type: 'list'; format: 'unordered'; children: Array<{ type: 'list-item'; children: Inline[] }> };

const text = (value: string): Text => ({ type: 'text', text: value });
const LINK = /\[([^\]\n]{1,200})\]\(([^)\s]{1,500})\)/g;

/** Only links that cannot run anything become links; the rest stays as the words typed. */
function isSafeUrl(url: string): boolean {
  if (/^\/(?!\/)/.test(url)) return true;
  try {
    return ['http:', 'https:', 'mailto:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

function inline(source: string): Inline[] {
  const nodes: Inline[] = [];
  let last = 0;
  for (const match of source.matchAll(LINK)) {
    if (!isSafeUrl(match[2]!)) continue;
    if (match.index > last) nodes.push(text(source.slice(last, match.index)));
    nodes.push({ type: 'link', url: match[2]!, rel: 'nofollow ugc', target: '_self', children: [text(match[1]!)] });
    last = match.index + match[0].length;
  }
  if (last < source.length || nodes.length === 0) nodes.push(text(source.slice(last)));
  return nodes;
}

export function blocks(source: string): Block[] {
  const result: Block[] = [];
  let paragraph: string[] = [];
  let quote: string[] = [];
  let list: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) result.push({ type: 'paragraph', children: inline(paragraph.join(' ')) });
    if (quote.length > 0) result.push({ type: 'quote', children: inline(quote.join(' ')) });
    if (list.length > 0) {
      result.push({
        type: 'list',
        format: 'unordered',
        children: list.map((item) => ({ type: 'list-item', children: inline(item) })),
      });
    }
    paragraph = [];
    quote = [];
    list = [];
  };
  for (const raw of source.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    if (line === '') flush();
    else if (line.startsWith('## ')) {
      flush();
      result.push({ type: 'heading', level: 2, children: inline(line.slice(3)) });
    } else if (line.startsWith('- ')) {
      if (list.length === 0) flush();
      list.push(line.slice(2));
    } else if (line.startsWith('> ')) {
      if (quote.length === 0) flush();
      quote.push(line.slice(2));
    } else {
      if (paragraph.length === 0) flush();
      paragraph.push(line);
    }
  }
  flush();
  return result;
}

interface LooseNode {
  type?: unknown;
  text?: unknown;
  url?: unknown;
  format?: unknown;
  children?: unknown;
}

function inlineToText(nodes: unknown, withLinks: boolean): string {
  if (!Array.isArray(nodes)) return '';
  return (nodes as LooseNode[])
    .map((node) => {
      if (node.type === 'link') {
        const words = inlineToText(node.children, false);
        return withLinks && typeof node.url === 'string' ? `[${words}](${node.url})` : words;
      }
      return typeof node.text === 'string' ? node.text : inlineToText(node.children, withLinks);
    })
    .join('');
}

/** Back to the member's syntax, to edit a fiche in the same text box. */
export function blocksToSource(value: unknown): string {
  if (!Array.isArray(value)) return '';
  return (value as LooseNode[])
    .map((block) => {
      switch (block.type) {
        case 'heading':
          return `## ${inlineToText(block.children, true)}`;
        case 'quote':
          return `> ${inlineToText(block.children, true)}`;
        case 'list':
          return Array.isArray(block.children)
            ? (block.children as LooseNode[]).map((item) => `- ${inlineToText(item.children, true)}`).join('\n')
            : '';
        default:
          return inlineToText(block.children, true);
      }
    })
    .filter(Boolean)
    .join('\n\n');
}

/** Plain words, for search and summaries. */
export function blocksToPlainText(value: unknown): string {
  if (!Array.isArray(value)) return '';
  return (value as LooseNode[])
    .map((block) =>
      block.type === 'list' && Array.isArray(block.children)
        ? (block.children as LooseNode[]).map((item) => inlineToText(item.children, false)).join(' ')
        : inlineToText(block.children, false),
    )
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

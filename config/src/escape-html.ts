/**
 * Text made safe to put into HTML, between tags or in a double-quoted attribute: every character
 * that could open a tag, an entity or leave an attribute becomes its numeric entity. The one
 * escape of the project: the site's hand-written lists (site/src/lib/html.ts), the mails, the
 * local inbox.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

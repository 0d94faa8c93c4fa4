/**
 * HTML written as a template literal, escaped by construction: every value put into `html`…``
 * is escaped, unless it is itself the result of `html`. For the few long lists where Astro's
 * renderer, which follows each expression on its own, costs more than the page's data
 * (components/fiches/my-fiches-list.ts says how much); everywhere else, .astro templates.
 * Attribute values are always written between double quotes.
 */
import { escapeHtml } from '@aec/config';

/** Markup that `html` built, so already escaped. */
export class SafeHtml {
  constructor(readonly markup: string) {}
}

export type HtmlValue = string | number | SafeHtml | readonly SafeHtml[] | null | undefined | false;

function written(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.markup;
  if (Array.isArray(value)) return (value as readonly SafeHtml[]).map((part) => part.markup).join('');
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let markup = strings[0] ?? '';
  for (let index = 0; index < values.length; index += 1) {
    markup += written(values[index]) + (strings[index + 1] ?? '');
  }
  return new SafeHtml(markup);
}

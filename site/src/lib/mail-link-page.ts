/**
 * A page behind a single-use link from a mail (an account to confirm, a new address). Opening
 * the link shows a button: mail scanners that follow links must not use them on their own.
 * Pressing it sends the code to Strapi; the page then says it worked, or why not (410).
 */
import type { AstroGlobal } from 'astro';
import { readForm } from './forms';
import type { MailLinkOutcome } from './strapi/mail-link';

export interface MailLinkPage<Problem extends string> {
  /** The code, for the button's form. */
  code: string;
  done: boolean;
  /** Why the link did not work, as one of the page's known reasons. */
  problem: Problem | 'link-invalid' | null;
}

export async function mailLinkPage<Problem extends string>(
  astro: AstroGlobal,
  use: (code: string) => Promise<MailLinkOutcome>,
  knownProblems: Readonly<Record<Problem, string>>,
): Promise<MailLinkPage<Problem>> {
  // The code must not leave in a Referer header, from this page or the next.
  astro.response.headers.set('Referrer-Policy', 'no-referrer');
  const asked = astro.url.searchParams.get('code') ?? '';
  if (astro.request.method !== 'POST') return { code: asked, done: false, problem: asked ? null : 'link-invalid' };
  const code = (await readForm(astro.request)).code ?? '';
  const outcome = await use(code);
  if (outcome.ok) return { code, done: true, problem: null };
  astro.response.status = 410;
  const known = outcome.reason in knownProblems ? (outcome.reason as Problem) : 'link-invalid';
  return { code, done: false, problem: known };
}

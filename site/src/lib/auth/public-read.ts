/**
 * A public page that may hold members-only content (a page, an article, a fiche) reads as the
 * member when one is logged in, and as a visitor otherwise.
 *
 * Strapi refuses a bad bearer (stale, revoked, invented) with a 401 even on a public route: the
 * page is then read once more as a visitor, members-only content stays hidden, and the refused
 * token is forgotten, so the visitor gets the public page instead of an error until it expires.
 */
import type { AstroCookies } from 'astro';
import { StrapiHttpError } from '../strapi/errors';
import { dropAccessToken } from './cookies';

export async function readAsMemberOrVisitor<T>(
  context: { locals: App.Locals; cookies: AstroCookies },
  read: (token: string | null) => Promise<T>,
): Promise<T> {
  const token = context.locals.member?.jwt ?? null;
  if (!token) return read(null);
  try {
    return await read(token);
  } catch (error) {
    if (!(error instanceof StrapiHttpError) || error.status !== 401) throw error;
    // Only the access token: a valid refresh token still renews the session on the next page.
    dropAccessToken(context.cookies);
    context.locals.member = null;
    return read(null);
  }
}

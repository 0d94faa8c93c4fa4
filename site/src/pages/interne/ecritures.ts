/**
 * Strapi's notice that its database changed (cms/src/site/write-notices.ts): what the site
 * keeps of members' pages and of public content is forgotten. Only with the shared secret;
 * anyone else is told the page does not exist. The POST carries JSON, not a form, so Astro's
 * origin check lets it through to this secret check (it refuses cross-site forms and bodies
 * without a type).
 */
import { timingSafeEqual } from 'node:crypto';
import type { APIRoute } from 'astro';
import { siteEnv } from '../../lib/env';
import { clearCache } from '../../lib/strapi/cache';
import { forgetMemberPages } from '../../lib/strapi/member-memo';

function fromStrapi(received: string | null): boolean {
  const secret = siteEnv().INTERNAL_API_SECRET;
  if (!secret || !received) return false;
  const expected = Buffer.from(secret, 'utf8');
  const given = Buffer.from(received, 'utf8');
  return expected.length === given.length && timingSafeEqual(expected, given);
}

export const POST: APIRoute = ({ request }) => {
  if (!fromStrapi(request.headers.get('x-aec-site-key'))) return new Response(null, { status: 404 });
  forgetMemberPages();
  clearCache();
  return new Response(null, { status: 204, headers: { 'cache-control': 'no-store' } });
};

/**
 * "Is the site up?": answers without calling Strapi. For monitoring, and the benchmark's
 * baseline (the same server, doing nothing else).
 * `/sante?complet`: also asks Strapi's own health route (no database), so a monitor can tell
 * "the site answers but cannot reach Strapi" (503); for the benchmark, the floor of any page
 * that calls Strapi once.
 */
import type { APIRoute } from 'astro';
import { z } from 'zod';
import { strapiFetch } from '../lib/strapi/client';

const answer = (body: string, status = 200) =>
  new Response(body, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });

export const GET: APIRoute = async ({ url }) => {
  if (!url.searchParams.has('complet')) return answer('ok\n');
  try {
    // Strapi answers 204, no body.
    await strapiFetch('/_health', z.null());
    return answer('ok\nstrapi : ok\n');
  } catch {
    return answer('strapi : injoignable\n', 503);
  }
};

/**
 * "Is the site up?": answers without calling Strapi. For monitoring, and the benchmark's
 * baseline (the same server, doing nothing else).
 */
import type { APIRoute } from 'astro';

export const GET: APIRoute = () =>
  new Response('ok\n', { headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });

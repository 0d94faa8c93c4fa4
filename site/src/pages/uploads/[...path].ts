/**
 * Images uploaded to Strapi, served from the site's own address: the browser never needs to
 * know where Strapi is, and the page's Content-Security-Policy stays "self".
 */
import type { APIRoute } from 'astro';
import { siteEnv } from '../../lib/env';

export const GET: APIRoute = async ({ params }) => {
  const path = params.path ?? '';
  if (!/^[\w.-]+$/.test(path)) return new Response('Introuvable', { status: 404 });
  const { STRAPI_URL, STRAPI_TIMEOUT_MS } = siteEnv();
  const upstream = await fetch(`${STRAPI_URL}/uploads/${path}`, {
    signal: AbortSignal.timeout(STRAPI_TIMEOUT_MS),
  }).catch(() => null);
  if (!upstream || !upstream.ok) return new Response('Introuvable', { status: upstream?.status === 404 ? 404 : 502 });
  return new Response(upstream.body, {
    headers: {
      'content-type': upstream.headers.get('content-type') ?? 'application/octet-stream',
      'cache-control': 'public, max-age=86400',
      'x-content-type-options': 'nosniff',
    },
  });
};

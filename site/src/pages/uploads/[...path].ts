/**
 * Images uploaded to Strapi, served from the site's own address: the browser never needs to
 * know where Strapi is, and the page's Content-Security-Policy stays "self". Only pictures pass,
 * typed by their extension and checked against what Strapi says: on this origin, an HTML or
 * script file would read the member's pages.
 */
import type { APIRoute } from 'astro';
import { servedUploadType } from '@aec/config';
import { siteEnv } from '../../lib/env';

const notFound = () => new Response('Introuvable', { status: 404 });

export const GET: APIRoute = async ({ params }) => {
  const path = params.path ?? '';
  const type = servedUploadType(path);
  if (!type || path.includes('/')) return notFound();
  const { STRAPI_URL, STRAPI_TIMEOUT_MS } = siteEnv();
  const upstream = await fetch(`${STRAPI_URL}/uploads/${path}`, {
    signal: AbortSignal.timeout(STRAPI_TIMEOUT_MS),
  }).catch(() => null);
  if (!upstream || !upstream.ok) return new Response('Introuvable', { status: upstream?.status === 404 ? 404 : 502 });
  if (upstream.headers.get('content-type')?.split(';')[0]?.trim() !== type) {
    await upstream.body?.cancel();
    return notFound();
  }
  return new Response(upstream.body, {
    headers: {
      'content-type': type,
      'cache-control': 'public, max-age=86400',
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; sandbox",
    },
  });
};

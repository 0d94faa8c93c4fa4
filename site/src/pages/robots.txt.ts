import type { APIRoute } from 'astro';
import { siteEnv } from '../lib/env';

/** Members' pages are never indexed; everything public is, through the sitemap. */
export const GET: APIRoute = () =>
  new Response(
    [
      'User-agent: *',
      'Disallow: /espace-membres/',
      'Disallow: /connexion',
      'Disallow: /reinitialiser-mot-de-passe',
      `Sitemap: ${siteEnv().SITE_URL}/sitemap.xml`,
      '',
    ].join('\n'),
    { headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'public, max-age=3600' } },
  );

import type { APIRoute } from 'astro';
import { siteEnv } from '../lib/env';
import { publicPaths } from '../lib/strapi/content';

/** Public pages only: nothing reserved to members is ever listed. */
export const GET: APIRoute = async () => {
  const base = siteEnv().SITE_URL;
  const urls = (await publicPaths()).map((path) => `  <url><loc>${base}${encodeURI(path)}</loc></url>`).join('\n');
  return new Response(
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`,
    {
      headers: { 'content-type': 'application/xml; charset=utf-8', 'cache-control': 'public, max-age=0, s-maxage=300' },
    },
  );
};

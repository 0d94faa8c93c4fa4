// @ts-check
/**
 * The security headers of every answer of the site: pages, redirects, error pages, endpoints and
 * static files. server.mjs sets them on every response before anything else (so even an answer
 * Astro writes without our middleware has them); the middleware sets them again on what Astro
 * renders, where the draft preview may be framed by the Strapi admin panel.
 */

export const HSTS = 'max-age=31536000; includeSubDomains';

/**
 * @param {{ siteUrl: string; frameAncestors?: string }} options
 *   siteUrl: the public address (SITE_URL); HSTS only when it is https.
 *   frameAncestors: who may frame the page; no one but for the draft preview.
 * @returns {Record<string, string>}
 */
export function securityHeaders({ siteUrl, frameAncestors = "'none'" }) {
  const policy = [
    "default-src 'self'",
    // Scripts are files of ours only: astro.config.mjs keeps Astro from inlining them, so no
    // inline code runs, injected or not.
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    // Images are served through our own /uploads; data: for the few the CSS draws.
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    `frame-ancestors ${frameAncestors}`,
    "form-action 'self'",
  ].join('; ');
  return {
    'Content-Security-Policy': policy,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    // Only a site really served over HTTPS may tell browsers never to use HTTP again.
    ...(new URL(siteUrl).protocol === 'https:' ? { 'Strict-Transport-Security': HSTS } : {}),
  };
}

import { defineMiddleware, sequence } from 'astro:middleware';
import { StrapiUnavailableError } from './lib/strapi/errors';

/** Headers every answer carries. Forms post only to ourselves; no one may frame the site. */
const securityHeaders = defineMiddleware(async (_context, next) => {
  const response = await next();
  const headers = response.headers;
  headers.set('X-Content-Type-Options', 'nosniff');
  headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
  headers.set('X-Frame-Options', 'DENY');
  headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
  headers.set(
    'Content-Security-Policy',
    "default-src 'self'; img-src 'self' data: https: http:; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'",
  );
  return response;
});

/** Strapi down or too slow: the calm French page, status 503, instead of an error. */
const serviceUnavailable = defineMiddleware(async (context, next) => {
  try {
    return await next();
  } catch (error) {
    if (error instanceof StrapiUnavailableError && context.url.pathname !== '/service-indisponible') {
      console.error(`[site] ${error.message}`, error.cause);
      return context.rewrite('/service-indisponible');
    }
    throw error;
  }
});

/** Until the login issue lands, nobody is logged in. */
const member = defineMiddleware((context, next) => {
  context.locals.member = null;
  return next();
});

export const onRequest = sequence(securityHeaders, serviceUnavailable, member);

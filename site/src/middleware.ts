import { defineMiddleware, sequence } from 'astro:middleware';
import { securityHeaders as headersOf } from '../security-headers.mjs';
import { refresh } from './lib/auth/api';
import { siteEnv } from './lib/env';
import { clearSession, readSession, writeSession } from './lib/auth/cookies';
import { StrapiHttpError, StrapiUnavailableError } from './lib/strapi/errors';
import { getIdentity } from './lib/strapi/content';
import { measuring, serverTiming } from './lib/strapi/measure';

const UNAVAILABLE_PAGE = '/service-indisponible';
const MEMBER_AREA = '/espace-membres';
const PREVIEW_PAGE = '/apercu';

function isMemberPage(pathname: string): boolean {
  return pathname === MEMBER_AREA || pathname.startsWith(`${MEMBER_AREA}/`);
}

function loginRedirect(url: URL, reason: 'reserve' | 'expire'): string {
  return `/connexion?retour=${encodeURIComponent(url.pathname + url.search)}&motif=${reason}`;
}

/**
 * Headers every answer carries (security-headers.mjs; server.mjs sets them too, for the answers
 * this middleware never sees). No one may frame the site, except the Strapi admin panel framing
 * a draft preview.
 */
const securityHeaders = defineMiddleware(async (context, next) => {
  const response = await next();
  const preview = context.url.pathname === PREVIEW_PAGE;
  const { SITE_URL, CMS_URL } = siteEnv();
  const frameAncestors = preview ? new URL(CMS_URL).origin : "'none'";
  for (const [name, value] of Object.entries(headersOf({ siteUrl: SITE_URL, frameAncestors }))) {
    // An endpoint with a policy of its own keeps it: /uploads sends a stricter one (sandbox).
    if (name !== 'Content-Security-Policy' || !response.headers.has(name)) response.headers.set(name, value);
  }
  if (!preview) response.headers.set('X-Frame-Options', 'DENY');
  response.headers.delete('X-Powered-By');
  return response;
});

/** Strapi down or too slow: the calm French page, status 503, instead of an error. */
const serviceUnavailable = defineMiddleware(async (context, next) => {
  try {
    return await next();
  } catch (error) {
    if (error instanceof StrapiUnavailableError && context.url.pathname !== UNAVAILABLE_PAGE) {
      console.error(`[site] ${error.message}`, error.cause);
      return context.rewrite(UNAVAILABLE_PAGE);
    }
    throw error;
  }
});

/**
 * Who is here: the access token from our cookie, renewed through Strapi (rotating refresh
 * token) when it has expired. Knowing "logged in or not" costs no Strapi call otherwise:
 * member pages learn a revoked token from their own call's 401.
 */
const session = defineMiddleware(async (context, next) => {
  context.locals.member = null;
  const stored = readSession(context.cookies);
  if (stored.jwt) context.locals.member = { jwt: stored.jwt };
  else if (stored.refreshToken && context.url.pathname !== UNAVAILABLE_PAGE) {
    const renewed = await refresh(stored.refreshToken, stored.remember);
    if (renewed.ok) {
      writeSession(context.cookies, renewed.value);
      context.locals.member = { jwt: renewed.value.jwt };
    } else clearSession(context.cookies);
  }

  const response = await next();
  // What a logged-in member sees is theirs, and an answer that drops a refused token carries its
  // Set-Cookie: neither is ever kept by a shared cache.
  if (context.locals.member || stored.jwt || stored.refreshToken) {
    response.headers.set('Cache-Control', 'private, no-store');
  } else {
    response.headers.append('Vary', 'Cookie');
  }
  return response;
});

/** Members-only pages: the login form first, then back to the page asked for. */
const memberOnly = defineMiddleware(async (context, next) => {
  if (!isMemberPage(context.url.pathname)) return next();
  if (!context.locals.member) return context.redirect(loginRedirect(context.url, 'reserve'), 303);
  try {
    const response = await next();
    response.headers.set('Cache-Control', 'private, no-store');
    return response;
  } catch (error) {
    // The session was closed elsewhere (logout, password reset): log in again.
    if (error instanceof StrapiHttpError && error.status === 401) {
      clearSession(context.cookies);
      return context.redirect(loginRedirect(context.url, 'expire'), 303);
    }
    throw error;
  }
});

/**
 * With MEASURE=true (the benchmark), a request with `x-aec-measure: on` is told how many Strapi
 * calls and queries it cost. Other requests are not followed (lib/strapi/measure.ts says why).
 */
const measure = defineMiddleware(async (context, next) => {
  if (!siteEnv().MEASURE) return next();
  if (context.request.headers.get('x-aec-measure') !== 'on') return next();
  return measuring(async (counted) => {
    const response = await next();
    response.headers.set('Server-Timing', serverTiming(counted));
    return response;
  });
});

/** The frame, the page and its login form share one read of the association's identity. */
const identity = defineMiddleware((context, next) => {
  let read: ReturnType<typeof getIdentity> | undefined;
  context.locals.identity = () => (read ??= getIdentity());
  return next();
});

export const onRequest = sequence(measure, securityHeaders, serviceUnavailable, identity, session, memberOnly);

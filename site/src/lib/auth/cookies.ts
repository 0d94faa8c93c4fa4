/**
 * The session lives in three httpOnly cookies on the site's own domain; the browser's
 * JavaScript never sees a Strapi token.
 *  - aec_access:  the short access token (10 minutes, like Strapi's);
 *  - aec_refresh: the rotating refresh token — a browser-session cookie, or 30 days with
 *                 "Se souvenir de moi";
 *  - aec_remember: remembers that choice, so that each rotation keeps the same lifetime.
 */
import type { AstroCookies, AstroCookieSetOptions, AstroSession } from 'astro';
import { siteEnv } from '../env';

export const ACCESS_COOKIE = 'aec_access';
export const REFRESH_COOKIE = 'aec_refresh';
export const REMEMBER_COOKIE = 'aec_remember';

const ACCESS_MAX_AGE = 9 * 60;
const REMEMBER_MAX_AGE = 30 * 24 * 60 * 60;

function base(): AstroCookieSetOptions {
  return { httpOnly: true, sameSite: 'lax', path: '/', secure: new URL(siteEnv().SITE_URL).protocol === 'https:' };
}

export interface SessionTokens {
  jwt: string;
  refreshToken: string;
  remember: boolean;
}

export function writeSession(cookies: AstroCookies, session: SessionTokens): void {
  const lifetime = session.remember ? { maxAge: REMEMBER_MAX_AGE } : {};
  cookies.set(ACCESS_COOKIE, session.jwt, { ...base(), maxAge: ACCESS_MAX_AGE });
  cookies.set(REFRESH_COOKIE, session.refreshToken, { ...base(), ...lifetime });
  if (session.remember) cookies.set(REMEMBER_COOKIE, '1', { ...base(), ...lifetime });
  else cookies.delete(REMEMBER_COOKIE, { path: '/' });
}

/**
 * A member has just logged in (login form, reset link): their tokens, and a new id for the
 * site's own session, so that an id known before the login (fixation) leads nowhere.
 */
export async function beginSession(
  cookies: AstroCookies,
  siteSession: AstroSession | undefined,
  session: SessionTokens,
): Promise<void> {
  writeSession(cookies, session);
  await siteSession?.regenerate();
}

export function readSession(cookies: AstroCookies): {
  jwt: string | null;
  refreshToken: string | null;
  remember: boolean;
} {
  return {
    jwt: cookies.get(ACCESS_COOKIE)?.value || null,
    refreshToken: cookies.get(REFRESH_COOKIE)?.value || null,
    remember: cookies.get(REMEMBER_COOKIE)?.value === '1',
  };
}

/** Strapi refused the access token: forget it (the middleware renews it from the refresh token, if any). */
export function dropAccessToken(cookies: AstroCookies): void {
  cookies.delete(ACCESS_COOKIE, { path: '/' });
}

export function clearSession(cookies: AstroCookies): void {
  for (const name of [ACCESS_COOKIE, REFRESH_COOKIE, REMEMBER_COOKIE]) cookies.delete(name, { path: '/' });
}

/**
 * Where to go after logging in. Only a path of this site is accepted: anything that could
 * leave the site (another host, //host, a scheme, a backslash trick) falls back to the default.
 */
export const DEFAULT_AFTER_LOGIN = '/espace-membres/mon-compte';

export function safeReturnPath(value: unknown, fallback = DEFAULT_AFTER_LOGIN): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 500) return fallback;
  // eslint-disable-next-line no-control-regex
  if (!value.startsWith('/') || value.startsWith('//') || value.includes('\\') || /[\u0000-\u001f]/.test(value))
    return fallback;
  const parsed = new URL(value, 'http://site.invalid');
  if (parsed.origin !== 'http://site.invalid') return fallback;
  const path = `${parsed.pathname}${parsed.search}${parsed.hash}`;
  // Never send someone back to a page that would log them out or in again.
  if (parsed.pathname === '/connexion' || parsed.pathname === '/deconnexion') return fallback;
  return path;
}

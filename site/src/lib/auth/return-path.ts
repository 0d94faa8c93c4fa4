/**
 * Where to go after logging in. Only a path of this site is accepted: anything that could
 * leave the site (another host, //host, a scheme, a backslash trick) falls back to the default.
 *
 * The value is normalised before it is judged, the way a browser will read our Location header:
 * a check on the raw text lets `/.//host`, `/%2e//host` or `/a/..//host` through, which the URL
 * parser turns into `//host` — another site.
 */
export const DEFAULT_AFTER_LOGIN = '/espace-membres/mon-compte';

const ORIGIN = 'http://site.invalid';
/** Layers of percent-encoding undone before we give up on a value as too convoluted. */
const MAX_DECODINGS = 3;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

/** The value as the URL parser reads it on our origin, or null when it is not a plain path of ours. */
function sameOriginPath(value: string): URL | null {
  // The parser silently drops tabs and newlines (`/\t/host` is `//host`): refuse them instead.
  if (!value.startsWith('/') || CONTROL.test(value)) return null;
  let parsed: URL;
  try {
    parsed = new URL(value, ORIGIN);
  } catch {
    return null;
  }
  if (parsed.origin !== ORIGIN) return null;
  // Dot segments resolved: a path that now begins with // or /\ reads as another host.
  if (parsed.pathname.startsWith('//') || parsed.pathname.startsWith('/\\')) return null;
  return parsed;
}

function decoded(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

export function safeReturnPath(value: unknown, fallback = DEFAULT_AFTER_LOGIN): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 500) return fallback;
  const parsed = sameOriginPath(value);
  if (!parsed) return fallback;
  // Each decoded layer of the path must be a path of ours too (`/%5chost`, `/%2f%2fhost`,
  // `/%252e`…): a proxy or a server further on may decode what the browser left encoded.
  let current = parsed.pathname;
  let pathname = parsed.pathname;
  for (let layer = 0; ; layer += 1) {
    const next = decoded(current);
    if (next === current) break;
    const layerParsed = next === null || layer === MAX_DECODINGS ? null : sameOriginPath(next);
    if (!layerParsed || next === null) return fallback;
    pathname = layerParsed.pathname;
    current = next;
  }
  // Never send someone back to a page that would log them out or in again.
  if (pathname === '/connexion' || pathname === '/deconnexion') return fallback;
  // What the parser gave back: dot segments resolved, nothing a header could be split on.
  return `${parsed.pathname}${parsed.search}${parsed.hash}`;
}

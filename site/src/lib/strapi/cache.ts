/**
 * A small time-limited memo for public content shared by many visitors (the navigation, the
 * home page's blocks, a rubrique's list): it saves Strapi round trips. Strapi's notice of every
 * write empties it (pages/interne/ecritures.ts), so a publication shows at once; the time limit
 * only bounds what a lost notice could leave. Never for anything a member sees of their own:
 * that is member-memo.ts.
 */
interface Entry<T> {
  value: Promise<T>;
  expires: number;
}

const entries = new Map<string, Entry<unknown>>();

/**
 * What every visitor sees alike (the home page's blocks, a rubrique's list): asked of Strapi
 * again at most every 15 s should a write's notice be lost.
 */
export const PUBLIC_TTL_MS = 15_000;

/** Public content only, a handful of keys: a bound all the same. */
const MAX_ENTRIES = 200;

export async function cached<T>(key: string, ttlMs: number, load: () => Promise<T>): Promise<T> {
  const now = Date.now();
  const hit = entries.get(key) as Entry<T> | undefined;
  if (hit && hit.expires > now) return hit.value;
  const value = load();
  if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
  entries.set(key, { value, expires: now + ttlMs });
  // A failure must not be remembered: the next page tries again.
  value.catch(() => entries.delete(key));
  return value;
}

export function clearCache(): void {
  entries.clear();
}

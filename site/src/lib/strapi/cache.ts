/**
 * What every visitor sees alike (the navigation, the home page's blocks, a rubrique's list) is
 * kept PUBLIC_CACHE_SECONDS, as an HTTP cache in front would keep it: a publication shows on
 * the site within that time. Never anything a member sees of their own: those pages always ask
 * Strapi. Each site instance keeps its own copy: public, and never older than that time.
 */
import { siteEnv } from '../env';

interface Entry<T> {
  value: Promise<T>;
  expires: number;
}

const entries = new Map<string, Entry<unknown>>();

/** Public content only, a handful of keys: a bound all the same. */
const MAX_ENTRIES = 200;

export async function cachedPublic<T>(key: string, load: () => Promise<T>): Promise<T> {
  const ttlMs = siteEnv().PUBLIC_CACHE_SECONDS * 1000;
  if (ttlMs === 0) return load();
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

/** For tests. */
export function clearPublicCache(): void {
  entries.clear();
}

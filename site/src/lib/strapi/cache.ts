/**
 * A small time-limited memo for public content shared by every page (the navigation):
 * it saves a Strapi round trip per page while published changes still show within a minute.
 */
interface Entry<T> {
  value: Promise<T>;
  expires: number;
}

const entries = new Map<string, Entry<unknown>>();

export async function cached<T>(key: string, ttlMs: number, load: () => Promise<T>): Promise<T> {
  const now = Date.now();
  const hit = entries.get(key) as Entry<T> | undefined;
  if (hit && hit.expires > now) return hit.value;
  const value = load();
  entries.set(key, { value, expires: now + ttlMs });
  // A failure must not be remembered: the next page tries again.
  value.catch(() => entries.delete(key));
  return value;
}

export function clearCache(): void {
  entries.clear();
}

/**
 * What a member's own pages read from Strapi (« Mon compte », « Mes fiches »), kept a few
 * seconds so that going back and forth in one's account costs no Strapi call.
 *
 * Never stale in practice: Strapi tells the site after every committed write to its database,
 * by any path (the admin panel, a member's form, a session closed, an account blocked, the
 * nightly reminders), and each notice empties the whole memo (cms/src/site/write-notices.ts,
 * received by pages/interne/ecritures.ts). A member's own writes through the site empty it too,
 * before the page that follows. An answer that was on its way when a notice came is not kept. If a notice were
 * lost, what is kept still expires after MEMBER_MEMO_SECONDS.
 *
 * Never anyone else's: an entry is found only with the exact access token Strapi accepted when
 * it answered, and never outlives that token. Without INTERNAL_API_SECRET (no notices can be
 * trusted) or with MEMBER_MEMO_SECONDS=0, nothing is kept.
 */
import { createHash } from 'node:crypto';
import { siteEnv } from '../env';
import { memoSkipped } from './measure';

interface Entry {
  value: unknown;
  expires: number;
}

const entries = new Map<string, Entry>();
/** Bumped by every notice: an answer asked for before it is not kept. */
let generation = 0;

/** A bound on memory: about 200 members browsing at once, a few pages each. */
export const MAX_ENTRIES = 2000;

export function memoEnabled(): boolean {
  const env = siteEnv();
  return Boolean(env.INTERNAL_API_SECRET) && env.MEMBER_MEMO_SECONDS > 0;
}

/** When the access token stops being valid (its `exp`, signed by Strapi), in ms. */
function tokenExpiry(token: string): number {
  try {
    const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as {
      exp?: unknown;
    };
    return typeof payload.exp === 'number' ? payload.exp * 1000 : 0;
  } catch {
    return 0;
  }
}

function keyOf(token: string, path: string): string {
  return `${createHash('sha256').update(token).digest('base64url')} ${path}`;
}

/** The answer Strapi gave this token for this path a moment ago, or a fresh one from `load`. */
export async function memoForMember<T>(token: string, path: string, load: () => Promise<T>): Promise<T> {
  if (!memoEnabled() || memoSkipped()) return load();
  const key = keyOf(token, path);
  const now = Date.now();
  const hit = entries.get(key);
  if (hit && hit.expires > now) return hit.value as T;
  if (hit) entries.delete(key);

  const asked = generation;
  const value = await load();
  // Between half and all of MEMBER_MEMO_SECONDS: members who came together (after a mailing)
  // do not all go back to Strapi in the same second.
  const keep = siteEnv().MEMBER_MEMO_SECONDS * 1000 * (0.5 + Math.random() / 2);
  const expires = Math.min(now + keep, tokenExpiry(token));
  if (asked === generation && expires > Date.now()) {
    if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
    entries.set(key, { value, expires });
  }
  return value;
}

/** Something changed in Strapi's database: nothing kept may be shown again. */
export function forgetMemberPages(): void {
  generation += 1;
  entries.clear();
}

/** For tests. */
export function memoSize(): number {
  return entries.size;
}

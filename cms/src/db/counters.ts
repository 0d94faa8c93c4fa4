/**
 * Counters in fixed windows, kept in PostgreSQL so that every instance counts the same attempts
 * (the rate limits of extensions/users-permissions/rate-limit.ts). One row per key; a window that
 * has ended starts again at 1. Ended windows are never read, and swept by a scheduled pass, not
 * by an attempt: what a request does must not depend on chance.
 */
import type { Core } from '@strapi/strapi';

const TABLE = 'aec_rate_counters';

export interface Counter {
  count: number;
  resetAt: number;
}

export async function ensureCounters(strapi: Core.Strapi): Promise<void> {
  await strapi.db.connection.raw(
    `CREATE TABLE IF NOT EXISTS ${TABLE} (key text PRIMARY KEY, count integer NOT NULL, reset_at bigint NOT NULL)`,
  );
}

/** Counts one for the key at `now`: its count in the current window, and when that window ends. */
export async function countOne(strapi: Core.Strapi, key: string, windowMs: number, now: number): Promise<Counter> {
  const result = (await strapi.db.connection.raw(
    `INSERT INTO ${TABLE} AS c (key, count, reset_at) VALUES (?, 1, ?)
     ON CONFLICT (key) DO UPDATE SET
       count = CASE WHEN c.reset_at <= ? THEN 1 ELSE c.count + 1 END,
       reset_at = CASE WHEN c.reset_at <= ? THEN EXCLUDED.reset_at ELSE c.reset_at END
     RETURNING count, reset_at`,
    [key, now + windowMs, now, now],
  )) as { rows: Array<{ count: number; reset_at: string }> };
  const row = result.rows[0]!;
  return { count: Number(row.count), resetAt: Number(row.reset_at) };
}

/** Takes back one count of the key (an attempt that, in the end, does not count), never below 0. */
export async function giveBackOne(strapi: Core.Strapi, key: string): Promise<void> {
  await strapi.db.connection.raw(`UPDATE ${TABLE} SET count = count - 1 WHERE key = ? AND count > 0`, [key]);
}

/** Deletes the counters whose window ended by `now`; returns how many. */
export async function sweepCounters(strapi: Core.Strapi, now: number): Promise<number> {
  return strapi.db.connection(TABLE).where('reset_at', '<=', now).delete();
}

export async function forgetCounters(strapi: Core.Strapi, keys?: string[]): Promise<void> {
  const query = strapi.db.connection(TABLE);
  await (keys ? query.whereIn('key', keys) : query).delete();
}

const NUMBERS = 'aec_membership_numbers';
// Any constant: the lock that makes handing out membership numbers one at a time, across instances.
const NUMBERS_LOCK = 7_510_992;

export async function ensureNumbers(strapi: Core.Strapi): Promise<void> {
  await strapi.db.connection.raw(`CREATE SEQUENCE IF NOT EXISTS ${NUMBERS}`);
}

/**
 * `count` consecutive membership numbers never handed out before, by any instance: above every
 * stored number, above `above` (numbers an import's file gives), and above every number handed
 * out earlier, even by a creation whose transaction has not committed yet (the sequence keeps that
 * mark, and a lock held a moment lets one instance at a time move it).
 */
export async function takeNumbers(
  strapi: Core.Strapi,
  count: number,
  above: number,
  stored: () => Promise<number>,
): Promise<number[]> {
  return strapi.db.connection.transaction(async (trx) => {
    await trx.raw('SELECT pg_advisory_xact_lock(?)', [NUMBERS_LOCK]);
    const mark = (await trx.raw(`SELECT last_value, is_called FROM ${NUMBERS}`)) as {
      rows: Array<{ last_value: string; is_called: boolean }>;
    };
    const row = mark.rows[0];
    const given = row?.is_called ? Number(row.last_value) : 0;
    const highest = Math.max(await stored(), given, above);
    // Numbers the file gives are taken too, even when it leaves none to hand out.
    if (highest + count > given) await trx.raw(`SELECT setval('${NUMBERS}', ?)`, [highest + count]);
    const first = highest + 1;
    return Array.from({ length: count }, (_, i) => first + i);
  });
}

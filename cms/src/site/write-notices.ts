/**
 * Tells the site, once a write to the database is committed, that what it keeps of members'
 * pages (site/src/lib/strapi/member-memo.ts) and of public content (cache.ts) may be stale, so
 * that a payment confirmed by the treasurer, a closed session, a blocked account or a
 * publication show on the very next page.
 *
 * Heard at the lowest level, knex's query events, so that no write slips past: the document
 * service, the admin panel, users-permissions' sessions, our own SQL. Inside a transaction the
 * notice waits for the commit (a page asked for in between would read the old rows and be kept),
 * and is never sent on a rollback. Opening a session (a login) or renewing one (the old one is
 * marked « rotated », and its access tokens stay valid until they expire, as before) makes
 * nothing stale; closing one deletes it, and is announced. The writes of a password reset asked
 * for or of a membership request are kept quiet (see withoutNotices). Notices are coalesced: one in flight at a time, one more after it if needed;
 * one that the site does not acknowledge (204) is sent once more.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core } from '@strapi/strapi';
import { cmsEnv } from '../env';
import { afterCommit } from '../utils/after-commit';
import { tableOf } from '../utils/db-layout';

const WRITE = /^\s*(insert|update|delete|truncate|merge|replace)\b/i;
/** The table an insert or an update writes to. */
const TABLE_WRITTEN = /^\s*(?:insert\s+into|update)\s+[`"]?([\w.]+)/i;
const NOTICE_TIMEOUT_MS = 2000;
const RETRY_AFTER_MS = 500;
/**
 * A write outside any transaction of ours may still sit in one Strapi opened on its own (its
 * entity manager writes relations that way), which commits a moment later: one more notice then.
 */
const TRAILING_NOTICE_MS = 250;
const WARN_EVERY_MS = 60_000;

const quiet = new AsyncLocalStorage<true>();

/**
 * Runs work whose writes are not announced: those that change nothing the site keeps, and
 * whose notice would tell by its timing whether an address is registered (a password reset
 * asked for, a membership request: their writes happen only for a known, or an unknown, address).
 */
export function withoutNotices<T>(work: () => T): T {
  return quiet.run(true, work);
}

/** Where notices go; tests point it at their own server. Null: nowhere (no shared secret). */
export const writeNotices: { url: string | null; sent: number } = { url: null, sent: 0 };

let sending: Promise<void> | null = null;
let again = false;
let trailing: NodeJS.Timeout | null = null;
let lastWarning = 0;

async function post(url: string, secret: string): Promise<void> {
  const response = await fetch(url, {
    method: 'POST',
    // JSON, not a form: Astro refuses a POST from elsewhere only when it looks like a form or has no type.
    headers: { 'x-aec-site-key': secret, 'content-type': 'application/json' },
    body: '{}',
    // A redirect would turn the POST into a GET, and carry the secret elsewhere.
    redirect: 'error',
    signal: AbortSignal.timeout(NOTICE_TIMEOUT_MS),
  });
  await response.body?.cancel();
  // Anything but 204 (a 404 for a wrong secret, a proxy's page) means the site did not forget.
  if (response.status !== 204) throw new Error(`réponse ${response.status}`);
}

async function send(url: string, secret: string): Promise<void> {
  try {
    await post(url, secret);
    writeNotices.sent += 1;
    return;
  } catch {
    // A blip: once more, shortly.
    await new Promise((resolve) => setTimeout(resolve, RETRY_AFTER_MS).unref());
  }
  try {
    await post(url, secret);
    writeNotices.sent += 1;
  } catch (error) {
    // The site is down or restarting (it keeps nothing then), or misconfigured: what it keeps
    // still expires after MEMBER_MEMO_SECONDS.
    if (Date.now() - lastWarning > WARN_EVERY_MS) {
      lastWarning = Date.now();
      console.warn(`[aec] avis d’écriture non remis au site (${url}) : ${(error as Error).message}`);
    }
  }
}

function notify(): void {
  const url = writeNotices.url;
  const secret = cmsEnv().INTERNAL_API_SECRET;
  if (!url || !secret) return;
  if (sending) {
    again = true;
    return;
  }
  sending = send(url, secret).finally(() => {
    sending = null;
    if (again) {
      again = false;
      notify();
    }
  });
}

/** Resolves once every notice asked for so far has been sent (tests, shutdown). */
export async function settleWriteNotices(): Promise<void> {
  while (sending || trailing) {
    if (trailing) {
      clearTimeout(trailing);
      trailing = null;
      notify();
    }
    await sending;
  }
}

function notifyNowAndSoon(): void {
  notify();
  trailing ??= setTimeout(() => {
    trailing = null;
    notify();
  }, TRAILING_NOTICE_MS);
  trailing.unref();
}

export function registerWriteNotices(strapi: Core.Strapi): void {
  const env = cmsEnv();
  writeNotices.url = env.INTERNAL_API_SECRET
    ? new URL('/interne/ecritures', env.SITE_INTERNAL_URL ?? env.SITE_URL).toString()
    : null;
  if (!writeNotices.url && env.NODE_ENV === 'production')
    console.warn(
      '[aec] INTERNAL_API_SECRET absent : le site ne sera pas prévenu des écritures ; donnez-lui aussi MEMBER_MEMO_SECONDS=0',
    );
  const sessions = tableOf(strapi, 'admin::session');
  strapi.db.connection.on('query-response', (_response: unknown, query: { sql?: unknown }) => {
    if (!writeNotices.url) return;
    const sql = typeof query.sql === 'string' ? query.sql : '';
    if (!WRITE.test(sql) || TABLE_WRITTEN.exec(sql)?.[1] === sessions || quiet.getStore()) return;
    if (strapi.db.inTransaction()) afterCommit(strapi, notify).catch(notify);
    else notifyNowAndSoon();
  });
}

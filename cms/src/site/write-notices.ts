/**
 * Tells the site, once a write to the database is committed, that what it keeps of members'
 * pages may be stale (site/src/lib/strapi/member-memo.ts), so that a payment confirmed by the
 * treasurer, a closed session or a blocked account show on the member's very next page.
 *
 * Heard at the lowest level, knex's query events, so that no write slips past: the document
 * service, the admin panel, users-permissions' sessions, our own SQL. Inside a transaction the
 * notice waits for the commit (a page asked for in between would read the old rows and be kept),
 * and is never sent on a rollback. Opening a session (a login) is the one write that makes
 * nothing stale. Notices are coalesced: one in flight at a time, one more after it if needed.
 */
import type { Core } from '@strapi/strapi';
import { cmsEnv } from '../env';
import { afterCommit } from '../utils/after-commit';
import { tableOf } from '../utils/db-layout';

const WRITE = /^\s*(insert|update|delete|truncate|merge|replace)\b/i;
const INSERT_INTO = /^\s*insert\s+into\s+[`"]?([\w.]+)/i;
const NOTICE_TIMEOUT_MS = 2000;
const WARN_EVERY_MS = 60_000;

/** Where notices go; tests point it at their own server. Null: nowhere (no shared secret). */
export const writeNotices: { url: string | null; sent: number } = { url: null, sent: 0 };

let sending: Promise<void> | null = null;
let again = false;
let lastWarning = 0;

async function send(url: string, secret: string): Promise<void> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      // JSON, not a form: Astro refuses a POST from elsewhere only when it looks like a form or has no type.
      headers: { 'x-aec-site-key': secret, 'content-type': 'application/json' },
      body: '{}',
      signal: AbortSignal.timeout(NOTICE_TIMEOUT_MS),
    });
    await response.body?.cancel();
    writeNotices.sent += 1;
  } catch (error) {
    // The site is down or restarting: it keeps nothing then. Its memo expires on its own anyway.
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
  while (sending) await sending;
}

export function registerWriteNotices(strapi: Core.Strapi): void {
  const env = cmsEnv();
  writeNotices.url = env.INTERNAL_API_SECRET
    ? new URL('/interne/ecritures', env.SITE_INTERNAL_URL ?? env.SITE_URL).toString()
    : null;
  const sessions = tableOf(strapi, 'admin::session');
  strapi.db.connection.on('query-response', (_response: unknown, query: { sql?: unknown }) => {
    const sql = typeof query.sql === 'string' ? query.sql : '';
    if (!WRITE.test(sql) || INSERT_INTO.exec(sql)?.[1] === sessions) return;
    afterCommit(strapi, notify).catch(notify);
  });
}

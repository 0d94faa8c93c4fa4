/**
 * Signed preview links: editors open a draft on the site from the admin panel ("Aperçu").
 * The link names the document, expires after an hour and carries an HMAC that only Strapi can
 * make, so the site needs no secret and nobody can guess a link to someone's draft.
 */
import crypto from 'node:crypto';
import { cmsEnv } from '../env';
import { uids } from '../db';

export const PREVIEWABLE = {
  page: uids.page,
  article: uids.article,
} as const;

export type PreviewType = keyof typeof PREVIEWABLE;
export const PREVIEW_LIFETIME_MS = 60 * 60_000;

/** The clock, replaceable in tests. */
export const previewClock = { now: () => Date.now() };

/** From a secret only Strapi holds (the site knows INTERNAL_API_SECRET, not this one). */
function key(): Buffer {
  return crypto.createHash('sha256').update(`aec-preview:${cmsEnv().ADMIN_JWT_SECRET}`).digest();
}

function signature(type: PreviewType, documentId: string, expires: number): string {
  return crypto.createHmac('sha256', key()).update(`${type}:${documentId}:${expires}`).digest('base64url');
}

export function previewTypeOf(uid: string): PreviewType | null {
  const found = Object.entries(PREVIEWABLE).find(([, value]) => value === uid);
  return found ? (found[0] as PreviewType) : null;
}

/** The site's address that shows this draft, valid for an hour. */
export function previewUrl(type: PreviewType, documentId: string): string {
  const expires = previewClock.now() + PREVIEW_LIFETIME_MS;
  const query = new URLSearchParams({
    type,
    id: documentId,
    expires: String(expires),
    signature: signature(type, documentId, expires),
  });
  return `${cmsEnv().SITE_URL}/apercu?${query}`;
}

export function checkPreview(
  type: string,
  documentId: string,
  expires: string,
  given: string,
): { ok: true; type: PreviewType } | { ok: false; problem: 'invalid' | 'expired' } {
  if (!Object.hasOwn(PREVIEWABLE, type) || !/^\d{1,16}$/.test(expires) || documentId.length > 64) {
    return { ok: false, problem: 'invalid' };
  }
  const expected = Buffer.from(signature(type as PreviewType, documentId, Number(expires)));
  const received = Buffer.from(given);
  if (expected.length !== received.length || !crypto.timingSafeEqual(expected, received)) {
    return { ok: false, problem: 'invalid' };
  }
  if (Number(expires) <= previewClock.now()) return { ok: false, problem: 'expired' };
  return { ok: true, type: type as PreviewType };
}

/**
 * Seals a secret kept between two requests (the password chosen at step 1 of "Adhérer",
 * needed at step 4) so that it is never written in clear into the session store. AES-256-GCM,
 * with a key derived from the shared secret when there is one (several processes, restarts),
 * else a key that lives and dies with this process (the member then types it again).
 */
import crypto from 'node:crypto';
import { siteEnv } from './env';

let key: Buffer | undefined;

function sealingKey(): Buffer {
  const secret = siteEnv().INTERNAL_API_SECRET;
  key ??= secret ? crypto.createHash('sha256').update(`aec-site-seal:${secret}`).digest() : crypto.randomBytes(32);
  return key;
}

export function seal(text: string): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', sealingKey(), iv);
  const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
}

/** The secret, or null if it was sealed by another key or tampered with. */
export function unseal(sealed: string): string | null {
  try {
    const raw = Buffer.from(sealed, 'base64url');
    const decipher = crypto.createDecipheriv('aes-256-gcm', sealingKey(), raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}

/** "Adhérer" and "Nous contacter": the public requests that create something on Strapi. */
import { joinAnswerSchema, type ContactForm, type MemberRecord } from '@aec/config';
import { z } from 'zod';
import { strapiFetch } from './client';
import { clientHeaders } from './client-address';
import { refusalDetails } from './errors';

export type PublicRefusal =
  | { reason: 'rate-limited'; retryAfterSeconds: number }
  | { reason: 'password-policy' | 'invalid'; fields: Record<string, string[] | undefined> };

type Outcome = { ok: true } | ({ ok: false } & PublicRefusal);

async function post(path: string, body: unknown, clientAddress: string): Promise<Outcome> {
  try {
    await strapiFetch(path, joinAnswerSchema, { method: 'POST', body, headers: clientHeaders(clientAddress) });
    return { ok: true };
  } catch (error) {
    const details = refusalDetails(error);
    if (!details) throw error;
    if (details.reason === 'rate-limited') {
      return { ok: false, reason: 'rate-limited', retryAfterSeconds: details.retryAfterSeconds ?? 3600 };
    }
    return {
      ok: false,
      reason: details.reason === 'password-policy' ? 'password-policy' : 'invalid',
      fields: details.fields ?? {},
    };
  }
}

export function join(
  input: { record: MemberRecord; password: string; website: string },
  clientAddress: string,
): Promise<Outcome> {
  return post(
    '/api/membership/join',
    { record: input.record, password: input.password, passwordConfirmation: input.password, website: input.website },
    clientAddress,
  );
}

export function sendContactMessage(input: ContactForm & { website: string }, clientAddress: string): Promise<Outcome> {
  return post('/api/contact/messages', input, clientAddress);
}

/** The link from the acknowledgment mail. */
export type ConfirmOutcome =
  | { ok: true; email: string }
  | { ok: false; reason: 'rate-limited'; retryAfterSeconds: number }
  | { ok: false; reason: string };

/** The link from the acknowledgment mail, with the password chosen when joining (its proof). */
export async function confirmAccount(code: string, password: string, clientAddress: string): Promise<ConfirmOutcome> {
  try {
    const { email } = await strapiFetch(
      '/api/membership/confirm',
      z.object({ ok: z.literal(true), email: z.string() }),
      {
        method: 'POST',
        body: { code, password },
        headers: clientHeaders(clientAddress),
      },
    );
    return { ok: true, email };
  } catch (error) {
    const details = refusalDetails(error);
    if (!details) throw error;
    if (details.reason === 'rate-limited')
      return { ok: false, reason: 'rate-limited', retryAfterSeconds: details.retryAfterSeconds ?? 900 };
    return { ok: false, reason: details.reason ?? 'link-invalid' };
  }
}

/** "Adhérer" and "Nous contacter": the public requests that create something on Strapi. */
import { joinAnswerSchema, type ContactForm, type MemberRecord } from '@aec/config';
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

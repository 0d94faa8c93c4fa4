/**
 * The site's side of authentication: every call to Strapi's auth routes, with the visitor's
 * address passed on for rate limiting, and Strapi's refusals turned into reasons the pages
 * can put into French.
 */
import { z } from 'zod';
import { strapiFetch } from '../strapi/client';
import { clientHeaders } from '../strapi/client-address';
import { refusalDetails } from '../strapi/errors';
import type { SessionTokens } from './cookies';

export type AuthRefusal =
  | {
      reason:
        | 'invalid-credentials'
        | 'blocked'
        | 'unconfirmed'
        | 'unconfirmed-link-recent'
        | 'bad-request'
        | 'wrong-current-password'
        | 'wrong-password';
    }
  | { reason: 'rate-limited'; retryAfterSeconds: number }
  | { reason: 'link-invalid' | 'link-expired' | 'link-used' | 'link-replaced' }
  | { reason: 'password-policy'; fields: Record<string, string[] | undefined> };

const sessionSchema = z.object({ jwt: z.string(), refreshToken: z.string() });
/** Turns a Strapi 4xx into a refusal; anything else goes on up (503 page, error page). */
function refusalOf(error: unknown): AuthRefusal {
  const details = refusalDetails(error);
  if (!details) throw error;
  switch (details.reason) {
    case 'rate-limited':
      return { reason: 'rate-limited', retryAfterSeconds: details.retryAfterSeconds ?? 60 };
    case 'password-policy':
      return { reason: 'password-policy', fields: details.fields ?? {} };
    case 'invalid-credentials':
    case 'blocked':
    case 'unconfirmed':
    case 'unconfirmed-link-recent':
    case 'wrong-current-password':
    case 'wrong-password':
    case 'link-invalid':
    case 'link-expired':
    case 'link-used':
    case 'link-replaced':
      return { reason: details.reason };
    default:
      return { reason: details.status === 401 ? 'invalid-credentials' : 'bad-request' };
  }
}

type Outcome<T> = { ok: true; value: T } | ({ ok: false } & AuthRefusal);

async function attempt<T>(call: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await call() };
  } catch (error) {
    return { ok: false, ...refusalOf(error) };
  }
}

/** A POST to an auth route that answers with a session (log in, reset, change, confirm a join). */
function sessionFrom(
  path: string,
  request: { body: unknown; remember: boolean; token?: string },
  clientAddress: string,
): Promise<Outcome<SessionTokens>> {
  return attempt(async () => {
    const session = await strapiFetch(path, sessionSchema, {
      method: 'POST',
      body: request.body,
      headers: clientHeaders(clientAddress),
      ...(request.token ? { token: request.token } : {}),
    });
    return { ...session, remember: request.remember };
  });
}

export function login(
  input: { email: string; password: string; remember: boolean },
  clientAddress: string,
): Promise<Outcome<SessionTokens>> {
  const body = { identifier: input.email, password: input.password, remember: input.remember };
  return sessionFrom('/api/auth/local', { body, remember: input.remember }, clientAddress);
}

export function refresh(refreshToken: string, remember: boolean): Promise<Outcome<SessionTokens>> {
  return attempt(async () => {
    const session = await strapiFetch('/api/auth/refresh', sessionSchema, { method: 'POST', body: { refreshToken } });
    return { ...session, remember };
  });
}

/** Revokes the session on Strapi. Best effort: the cookies are cleared whatever happens. */
export async function logout(jwt: string | null, refreshToken: string | null): Promise<void> {
  let token = jwt;
  if (!token && refreshToken) {
    const renewed = await refresh(refreshToken, false).catch(() => null);
    token = renewed?.ok ? renewed.value.jwt : null;
    if (renewed?.ok) refreshToken = renewed.value.refreshToken;
  }
  if (!token) return;
  await strapiFetch('/api/auth/logout', z.unknown(), {
    method: 'POST',
    token,
    body: refreshToken ? { refreshToken } : {},
  }).catch(() => undefined);
}

export function forgotPassword(email: string, clientAddress: string): Promise<Outcome<unknown>> {
  return attempt(() =>
    strapiFetch('/api/auth/forgot-password', z.object({ ok: z.literal(true) }), {
      method: 'POST',
      body: { email },
      headers: clientHeaders(clientAddress),
    }),
  );
}

export async function checkResetLink(code: string, clientAddress: string): Promise<Outcome<unknown>> {
  const result = await attempt(() =>
    strapiFetch('/api/auth/reset-password/check', z.object({ valid: z.boolean(), reason: z.string().optional() }), {
      method: 'POST',
      body: { code },
      headers: clientHeaders(clientAddress),
    }),
  );
  if (!result.ok) return result;
  const { valid, reason } = result.value as { valid: boolean; reason?: string };
  if (valid) return result;
  const known = ['link-invalid', 'link-expired', 'link-used', 'link-replaced'] as const;
  const found = known.find((candidate) => candidate === reason) ?? 'link-invalid';
  return { ok: false, reason: found };
}

export function resetPassword(
  input: { code: string; password: string; passwordConfirmation: string },
  clientAddress: string,
): Promise<Outcome<SessionTokens>> {
  return sessionFrom('/api/auth/reset-password', { body: input, remember: false }, clientAddress);
}

/** « Confirmer mon adresse »: the link from the join mail and the password chosen then; confirmed, a session. */
export function confirmJoin(
  input: { code: string; password: string },
  clientAddress: string,
): Promise<Outcome<SessionTokens>> {
  return sessionFrom('/api/membership/confirm', { body: input, remember: false }, clientAddress);
}

export function changePassword(
  jwt: string,
  input: { currentPassword: string; password: string; passwordConfirmation: string; remember: boolean },
  clientAddress: string,
): Promise<Outcome<SessionTokens>> {
  return sessionFrom('/api/auth/change-password', { body: input, remember: input.remember, token: jwt }, clientAddress);
}

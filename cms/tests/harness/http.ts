/** Small helpers to call the API as an anonymous visitor or as a logged-in member. */
import { DEMO_MEMBER_PASSWORD } from '../../src/bootstrap/demo-content.fr';
import { testHooks } from './hooks';

export interface ApiResponse<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

export async function api<T = unknown>(
  baseUrl: string,
  path: string,
  init: { method?: string; token?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<ApiResponse<T>> {
  const response = await fetch(`${baseUrl}${path}`, {
    method: init.method ?? 'GET',
    headers: {
      ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
      ...init.headers,
    },
    body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, body: body as T, headers: response.headers };
}

export interface Session {
  jwt: string;
  refreshToken: string;
}

/** Logs a demo member in (limits reset first: helpers must not eat a test's attempts). */
export async function loginSession(
  baseUrl: string,
  email: string,
  options: { password?: string; remember?: boolean } = {},
): Promise<Session> {
  await testHooks().resetRateLimits();
  const response = await api<Partial<Session>>(baseUrl, '/api/auth/local', {
    method: 'POST',
    body: {
      identifier: email,
      password: options.password ?? DEMO_MEMBER_PASSWORD,
      remember: options.remember ?? false,
    },
  });
  if (response.status !== 200 || !response.body.jwt || !response.body.refreshToken) {
    throw new Error(`login of ${email} failed: ${response.status} ${JSON.stringify(response.body)}`);
  }
  return { jwt: response.body.jwt, refreshToken: response.body.refreshToken };
}

/** Logs a demo member in and returns the access token. */
export async function loginAs(baseUrl: string, email: string, password = DEMO_MEMBER_PASSWORD): Promise<string> {
  return (await loginSession(baseUrl, email, { password })).jwt;
}

/** Strapi's error body: { error: { status, name, message, details } }. */
export interface StrapiErrorBody {
  error: {
    status: number;
    name: string;
    message: string;
    details: {
      reason?: string;
      retryAfterSeconds?: number;
      fields?: Record<string, string[]>;
      errors?: Array<{ path: string[]; message: string }>;
    };
  };
}

/** Every way the API can refuse: not logged in, not allowed, no such route, no such method. */
export const REFUSED = [401, 403, 404, 405];

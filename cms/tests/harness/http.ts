/** Small helpers to call the API as an anonymous visitor or as a logged-in member. */
import { DEMO_MEMBER_PASSWORD } from '../../src/bootstrap/demo-content.fr';

export interface ApiResponse<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

export async function api<T = unknown>(
  baseUrl: string,
  path: string,
  init: { method?: string; token?: string; body?: unknown } = {},
): Promise<ApiResponse<T>> {
  const response = await fetch(`${baseUrl}${path}`, {
    method: init.method ?? 'GET',
    headers: {
      ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
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

/** Logs a demo member in and returns the access token. */
export async function loginAs(baseUrl: string, email: string, password = DEMO_MEMBER_PASSWORD): Promise<string> {
  const response = await api<{ jwt?: string }>(baseUrl, '/api/auth/local', {
    method: 'POST',
    body: { identifier: email, password },
  });
  if (response.status !== 200 || !response.body.jwt) {
    throw new Error(`login of ${email} failed: ${response.status} ${JSON.stringify(response.body)}`);
  }
  return response.body.jwt;
}

/**
 * The only module that knows Strapi's address. Every call has a timeout, every answer is
 * parsed with a zod schema, and every failure becomes one of our errors (errors.ts).
 */
import type { z } from 'zod';
import { siteEnv } from '../env';
import { StrapiContractError, StrapiHttpError, StrapiUnavailableError } from './errors';
import { measureHeaders, recordStrapiCall } from './measure';

export interface StrapiRequest {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** The member's access token, for /api/me/* and auth calls. */
  token?: string | null;
  body?: unknown;
  /** Extra headers, e.g. the client's address for rate limiting. */
  headers?: Record<string, string>;
  /** A multipart body (file uploads), sent as is. */
  form?: FormData;
}

export async function strapiFetch<S extends z.ZodType>(
  path: string,
  schema: S,
  request: StrapiRequest = {},
): Promise<z.output<S>> {
  const { STRAPI_URL, STRAPI_TIMEOUT_MS } = siteEnv();
  const started = performance.now();
  let response: Response;
  try {
    response = await fetch(`${STRAPI_URL}${path}`, {
      method: request.method ?? 'GET',
      headers: {
        accept: 'application/json',
        ...(request.body !== undefined && !request.form ? { 'content-type': 'application/json' } : {}),
        ...(request.token ? { authorization: `Bearer ${request.token}` } : {}),
        ...request.headers,
        ...measureHeaders(),
      },
      body: request.form ?? (request.body !== undefined ? JSON.stringify(request.body) : null),
      signal: AbortSignal.timeout(STRAPI_TIMEOUT_MS),
    });
  } catch (cause) {
    throw new StrapiUnavailableError(path, cause);
  }

  recordStrapiCall(performance.now() - started, response.headers.get('server-timing'));
  if (response.status >= 500) {
    await response.body?.cancel();
    throw new StrapiUnavailableError(path, new Error(`HTTP ${response.status}`));
  }
  const text = await response.text().catch((cause: unknown) => {
    throw new StrapiUnavailableError(path, cause);
  });
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    throw new StrapiContractError(path, 'le corps n’est pas du JSON');
  }
  if (!response.ok) throw new StrapiHttpError(path, response.status, json);

  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new StrapiContractError(path, parsed.error.message);
  return parsed.data as z.output<S>;
}

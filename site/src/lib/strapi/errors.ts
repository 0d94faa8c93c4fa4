/** What can go wrong when the site talks to Strapi, in terms the pages act on. */

/** Strapi did not answer in time, refused the connection, or failed (5xx): the calm 503 page. */
export class StrapiUnavailableError extends Error {
  constructor(
    readonly path: string,
    cause: unknown,
  ) {
    super(`Strapi indisponible pour ${path}`, { cause });
    this.name = 'StrapiUnavailableError';
  }
}

/** Strapi answered with a 4xx: the caller decides (401 → log in again, 404 → page not found…). */
export class StrapiHttpError extends Error {
  constructor(
    readonly path: string,
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`Strapi a répondu ${status} pour ${path}`);
    this.name = 'StrapiHttpError';
  }
}

/** Strapi answered 200 with a shape we do not understand: a bug, shown as the error page. */
export class StrapiContractError extends Error {
  constructor(
    readonly path: string,
    readonly issues: string,
  ) {
    super(`Réponse inattendue de Strapi pour ${path} : ${issues}`);
    this.name = 'StrapiContractError';
  }
}

/** What Strapi says in `error.details` when it refuses: our reason, a wait, messages per field. */
export interface RefusalDetails {
  reason?: string;
  retryAfterSeconds?: number;
  fields?: Record<string, string[] | undefined>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The details of a 4xx from Strapi, or null when the error is something else (which goes on up). */
export function refusalDetails(error: unknown): (RefusalDetails & { status: number }) | null {
  if (!(error instanceof StrapiHttpError)) return null;
  const body = isRecord(error.body) && isRecord(error.body.error) ? error.body.error : {};
  const details = isRecord(body.details) ? body.details : {};
  return {
    status: error.status,
    ...(typeof details.reason === 'string' ? { reason: details.reason } : {}),
    ...(typeof details.retryAfterSeconds === 'number' ? { retryAfterSeconds: details.retryAfterSeconds } : {}),
    ...(isRecord(details.fields) ? { fields: details.fields as Record<string, string[] | undefined> } : {}),
  };
}

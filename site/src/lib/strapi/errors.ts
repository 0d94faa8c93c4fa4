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

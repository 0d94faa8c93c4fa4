/**
 * Members browsing at once: each connection is a logged-in member going through the pages of a
 * visit, again and again, for a while (`npm run load`) or for a number of pages (the
 * two-instance test, whose verdict must not depend on how busy the machine is).
 */
import autocannon from 'autocannon';

/** A member's visit: the account, their fiches, the home page, a rubrique, the payment page. */
export const VISIT = [
  '/espace-membres/mon-compte',
  '/espace-membres/fiches',
  '/',
  '/rubriques/musees-et-collections',
  '/espace-membres/cotisation',
];

export interface VisitsResult {
  requests: number;
  /** Every answer but a 200 (a redirect to the login page is a failure), and connection errors. */
  errors: number;
  /** What the errors were, in French, for the log. */
  kinds: string[];
  p99: number;
}

export async function memberVisits(
  siteUrl: string,
  cookies: string[],
  options: { connections: number } & ({ durationSeconds: number } | { pages: number }),
): Promise<VisitsResult> {
  let next = 0;
  const result = await autocannon({
    url: siteUrl,
    connections: options.connections,
    ...('pages' in options ? { amount: options.pages } : { duration: options.durationSeconds }),
    // Each request carries the member's cookie: autocannon's setHeaders would give it to the
    // first request of the visit only (the others were built before), and two of the five
    // pages would then have been measured as redirects to /connexion.
    setupClient: (client) => {
      const cookie = cookies[next++ % cookies.length]!;
      client.setRequests(VISIT.map((path) => ({ method: 'GET', path, headers: { cookie } })));
    },
  });
  const statuses = result.statusCodeStats as unknown as Record<string, { count: number }>;
  const notOk = Object.entries(statuses).filter(([code]) => Number(code) !== 200);
  const bad = notOk.reduce((sum, [, stat]) => sum + stat.count, 0);
  // autocannon counts its own timeouts among its errors.
  const kinds = [
    ...notOk.map(([code, stat]) => `${code} × ${stat.count}`),
    ...(result.errors - result.timeouts > 0 ? [`connexion × ${result.errors - result.timeouts}`] : []),
    ...(result.timeouts > 0 ? [`délai × ${result.timeouts}`] : []),
  ];
  return { requests: result.requests.total, errors: result.errors + bad, kinds, p99: result.latency.p99 };
}

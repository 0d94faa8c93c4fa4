/**
 * Round trips to Strapi per page, and the database queries they cost, for the benchmark. With
 * MEASURE=true, a request that asks (`x-aec-measure: on`) gets a Server-Timing header (strapi:
 * calls and time; db: the queries Strapi reported for those calls). Off by default.
 *
 * Only requests that ask are followed: an AsyncLocalStorage in use puts a hook on every promise
 * of the process, and the measure must not weigh on what it measures (docs/performance.md). It
 * is switched off again as soon as no request is followed.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

export interface Measure {
  calls: number;
  ms: number;
  dbQueries: number;
}

const current = new AsyncLocalStorage<Measure>();
let followed = 0;

export async function measuring<T>(work: (measure: Measure) => Promise<T>): Promise<T> {
  const measure: Measure = { calls: 0, ms: 0, dbQueries: 0 };
  followed += 1;
  try {
    return await current.run(measure, () => work(measure));
  } finally {
    followed -= 1;
    if (followed === 0) current.disable();
  }
}

/** What the site sends Strapi so that it counts its queries for a followed request. */
export function measureHeaders(): Record<string, string> {
  return current.getStore() ? { 'x-aec-measure': 'on' } : {};
}

/** One call to Strapi, with what its own Server-Timing said about the database. */
export function recordStrapiCall(ms: number, strapiTiming: string | null): void {
  const measure = current.getStore();
  if (!measure) return;
  measure.calls += 1;
  measure.ms += ms;
  const queries = /db;desc="(\d+)"/.exec(strapiTiming ?? '')?.[1];
  if (queries) measure.dbQueries += Number(queries);
}

export function serverTiming(measure: Measure): string {
  return `strapi;dur=${measure.ms.toFixed(1)};desc="${measure.calls}", db;desc="${measure.dbQueries}"`;
}

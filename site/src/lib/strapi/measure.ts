/**
 * Round trips to Strapi per page, and the database queries they cost, for the benchmark. With
 * MEASURE=true, a request that asks (`x-aec-measure: on`) gets a Server-Timing header (strapi:
 * calls and time; db: the queries Strapi reported for those calls), and `x-aec-memo: off` makes
 * a member page read Strapi as if the member memo were empty. Off by default.
 *
 * Only requests that ask are followed: an AsyncLocalStorage in use puts a hook on every promise
 * of the process (the health route served 4,300 req/s with every request followed, 4,900 to
 * 5,600 without), and the measure must not weigh on what it measures. It is switched off again
 * as soon as no request is followed.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

export interface Measure {
  /** The request asked for its figures (Strapi is asked to count its queries too). */
  count: boolean;
  calls: number;
  ms: number;
  dbQueries: number;
  /** `x-aec-memo: off`: this page reads Strapi even where the member memo holds the answer (the benchmark's cold rows). */
  skipMemo: boolean;
}

const current = new AsyncLocalStorage<Measure>();
let followed = 0;

export async function measuring<T>(
  work: (measure: Measure) => Promise<T>,
  options: { count: boolean; skipMemo: boolean },
): Promise<T> {
  const measure: Measure = { ...options, calls: 0, ms: 0, dbQueries: 0 };
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
  return current.getStore()?.count ? { 'x-aec-measure': 'on' } : {};
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

export function memoSkipped(): boolean {
  return current.getStore()?.skipMemo ?? false;
}

export function serverTiming(measure: Measure): string {
  return `strapi;dur=${measure.ms.toFixed(1)};desc="${measure.calls}", db;desc="${measure.dbQueries}"`;
}

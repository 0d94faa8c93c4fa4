/**
 * Round trips to Strapi per page, and the database queries they cost, for the benchmark:
 * with MEASURE=true, each answer carries a Server-Timing header (strapi: calls and time;
 * db: the queries Strapi reported for those calls). Off by default: it tells how pages work.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

export interface Measure {
  calls: number;
  ms: number;
  dbQueries: number;
  /** `x-aec-memo: off`: this page reads Strapi even where the member memo holds the answer (the benchmark's cold rows). */
  skipMemo: boolean;
}

const current = new AsyncLocalStorage<Measure>();

export function measuring<T>(work: (measure: Measure) => Promise<T>, skipMemo = false): Promise<T> {
  const measure: Measure = { calls: 0, ms: 0, dbQueries: 0, skipMemo };
  return current.run(measure, () => work(measure));
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

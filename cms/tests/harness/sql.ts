/** The SQL statements Strapi's knex sends while `run` runs, to pin how many round trips a page costs. */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { TestStrapi } from './boot';
import { api, loginAs, type ApiResponse } from './http';

interface QueryEvents {
  on: (event: 'query', listener: (query: { sql: string }) => void) => void;
  removeListener: (event: 'query', listener: (query: { sql: string }) => void) => void;
}

const calls = new AsyncLocalStorage<symbol>();

/** The statements knex announces while `run` runs that `keep` accepts (asked as each is announced). */
async function collect<T>(
  current: TestStrapi,
  keep: () => boolean,
  run: () => Promise<T>,
): Promise<{ result: T; sql: string[] }> {
  const client = current.strapi.db.connection.client as QueryEvents;
  const sql: string[] = [];
  const record = (query: { sql: string }) => {
    if (keep()) sql.push(query.sql);
  };
  client.on('query', record);
  try {
    return { result: await run(), sql };
  } finally {
    client.removeListener('query', record);
  }
}

/**
 * Every statement knex sends while `run` runs, or with `own`, only those `run` sends itself and
 * none of the work running beside it (mails, reminders, a save's after-work): knex announces a
 * query in its caller's context. A request served over HTTP runs in the server's context: not `own`.
 */
export function sqlDuring<T>(
  current: TestStrapi,
  run: () => Promise<T>,
  options: { own?: boolean } = {},
): Promise<{ result: T; sql: string[] }> {
  const mine = Symbol('sqlDuring');
  return collect(
    current,
    () => !options.own || calls.getStore() === mine,
    () => calls.run(mine, run),
  );
}

/**
 * A member's page read twice (the first warms the session check), and the statements the
 * second sent on the given tables: a background job's queries on other tables do not count.
 */
export async function memberReadQueries<T>(
  current: TestStrapi,
  member: string,
  path: string,
  tables: RegExp,
): Promise<{ read: ApiResponse<T>; statements: string[] }> {
  const token = await loginAs(current.baseUrl, member);
  await api(current.baseUrl, path, { token });
  const { result: read, sql } = await sqlDuring(current, () => api<T>(current.baseUrl, path, { token }));
  return { read, statements: sql.filter((statement) => tables.test(statement)) };
}

/**
 * The statements a request to `path` sends before its answer has left (Strapi's request context
 * tells whose query it is, the response whether it was already sent): what the work after the
 * answer does, and what other requests do meanwhile, is left out, however busy the machine.
 */
export async function sqlBeforeAnswer<T>(current: TestStrapi, path: string, run: () => Promise<T>): Promise<string[]> {
  const beforeAnswer = () => {
    const ctx = current.strapi.requestContext.get();
    return ctx?.path === path && !ctx.res.headersSent;
  };
  return (await collect(current, beforeAnswer, run)).sql;
}

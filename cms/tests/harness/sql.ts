/** The SQL statements Strapi's knex sends while `run` runs, to pin how many round trips a page costs. */
import type { TestStrapi } from './boot';

interface QueryEvents {
  on: (event: 'query', listener: (query: { sql: string }) => void) => void;
  removeListener: (event: 'query', listener: (query: { sql: string }) => void) => void;
}

export async function sqlDuring<T>(current: TestStrapi, run: () => Promise<T>): Promise<{ result: T; sql: string[] }> {
  const client = current.strapi.db.connection.client as QueryEvents;
  const sql: string[] = [];
  const record = (query: { sql: string }) => sql.push(query.sql);
  client.on('query', record);
  try {
    return { result: await run(), sql };
  } finally {
    client.removeListener('query', record);
  }
}

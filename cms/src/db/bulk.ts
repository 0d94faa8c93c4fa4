/**
 * Many rows at once, below the document service: a bulk insert per batch where the query
 * engine would make a round trip or more per row (a member import, the reminder plan). No
 * lifecycle or document middleware runs: callers write what those would have.
 */
import crypto from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { joinTableOf, tableOf } from './layout';

type Knex = Core.Strapi['db']['connection'];

/** The batch size of bulk writes: large enough to matter, small enough for one statement. */
export const BATCH = 500;

export function chunks<T>(items: readonly T[], size = BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export function newDocumentId(): string {
  // Strapi's own ids are 24 lowercase letters and digits, the first a letter: one that starts with
  // a digit is read as a row id where a relation is given (« Invalid relations » on a payment).
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  return Array.from(crypto.randomBytes(24), (byte, i) =>
    i === 0 ? letters[byte % 26] : `${letters}0123456789`[byte % 36],
  ).join('');
}

async function idsByDocumentId(trx: Knex, table: string, documentIds: string[]): Promise<Map<string, number>> {
  const rows = (await trx(table).select('id', 'document_id').whereIn('document_id', documentIds)) as Array<{
    id: number;
    document_id: string;
  }>;
  return new Map(rows.map((row) => [row.document_id, Number(row.id)]));
}

/** Rows of a content type in one bulk insert; their ids, in the order given. */
export async function createRows(
  strapi: Core.Strapi,
  trx: Knex,
  uid: string,
  rows: Array<Record<string, unknown>>,
): Promise<number[]> {
  const now = new Date();
  const documentIds = rows.map(() => newDocumentId());
  await strapi.db
    .query(uid as never)
    .createMany({ data: rows.map((row, i) => ({ ...row, documentId: documentIds[i], publishedAt: now })) });
  const ids = await idsByDocumentId(trx, tableOf(strapi, uid), documentIds);
  return documentIds.map((documentId) => ids.get(documentId)!);
}

/** Links `uid` rows to their targets through the relation's join table, in one insert. */
export async function linkRows(
  strapi: Core.Strapi,
  trx: Knex,
  uid: string,
  attribute: string,
  pairs: Array<[number, number]>,
): Promise<void> {
  if (pairs.length === 0) return;
  const table = joinTableOf(strapi, uid, attribute);
  await trx(table.name).insert(
    pairs.map(([from, to]) => ({
      [table.joinColumn.name]: from,
      [table.inverseJoinColumn.name]: to,
      ...(table.orderColumnName ? { [table.orderColumnName]: 1 } : {}),
      ...(table.inverseOrderColumnName ? { [table.inverseOrderColumnName]: 1 } : {}),
    })),
  );
}

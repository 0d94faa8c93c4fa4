/**
 * Where Strapi keeps a content type in the database (table, columns, join tables), read from
 * its own metadata, for the few places that talk to knex directly: bulk imports, the copies
 * kept for the admin and the search (due date, search text), and the member's per-request
 * login check, where each round trip to the database counts.
 */
import type { Core } from '@strapi/strapi';

export interface JoinTable {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
  orderColumnName?: string;
  inverseOrderColumnName?: string;
  morphColumn?: { typeColumn: { name: string } };
  /** A component's join table also says which field of the owner a row belongs to. */
  on?: Record<string, string>;
}

interface Layout {
  tableName: string;
  attributes: Record<string, { columnName?: string; joinTable?: JoinTable }>;
}

function layoutOf(strapi: Core.Strapi, uid: string): Layout {
  return strapi.db.metadata.get(uid as never) as unknown as Layout;
}

export function tableOf(strapi: Core.Strapi, uid: string): string {
  return layoutOf(strapi, uid).tableName;
}

export function columnOf(strapi: Core.Strapi, uid: string, attribute: string): string {
  const column = layoutOf(strapi, uid).attributes[attribute]?.columnName;
  if (!column) throw new Error(`${uid}.${attribute} n’a pas de colonne`);
  return column;
}

/** A relation's join table as Strapi laid it out (names, order columns). */
export function joinTableOf(strapi: Core.Strapi, uid: string, attribute: string): JoinTable {
  const joinTable = layoutOf(strapi, uid).attributes[attribute]?.joinTable;
  if (!joinTable) throw new Error(`${uid}.${attribute} n’a pas de table de liaison`);
  return joinTable;
}

/** `{ attribute: value }` as `{ column: value }`, for a raw update of `uid`'s table. */
export function columnsOf(strapi: Core.Strapi, uid: string, data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(data).map(([attribute, value]) => [columnOf(strapi, uid, attribute), value]),
  );
}

/**
 * The ids of `uid` rows whose relation `attribute` points at `targetId`, as a subquery of the
 * relation's join table (for `whereIn('id', …)`).
 */
export function idsLinkedTo(
  strapi: Core.Strapi,
  knex: Core.Strapi['db']['connection'],
  uid: string,
  attribute: string,
  targetId: number,
) {
  const join = joinTableOf(strapi, uid, attribute);
  return knex(join.name).select(join.joinColumn.name).where(join.inverseJoinColumn.name, targetId);
}

/**
 * A raw update of `uid`'s rows, by id or by a subquery of ids (idsLinkedTo), written with the
 * attributes' names. No lifecycle or document middleware runs: for copies we keep in step, and
 * for erasing, where a lifecycle would mail the person whose data goes.
 */
export function updateRows(
  strapi: Core.Strapi,
  knex: Core.Strapi['db']['connection'],
  uid: string,
  ids: number | ReturnType<typeof idsLinkedTo>,
  data: Record<string, unknown>,
) {
  const rows = knex(tableOf(strapi, uid));
  return (typeof ids === 'number' ? rows.where({ id: ids }) : rows.whereIn('id', ids)).update(
    columnsOf(strapi, uid, data),
  );
}

/** `json_build_object('field', alias.column, …)` for `uid`'s fields, with its bindings. */
function jsonObjectOf(strapi: Core.Strapi, uid: string, fields: readonly string[], alias: string) {
  return {
    sql: `json_build_object(${fields.map(() => `?::text, ${alias}.??`).join(', ')})`,
    bindings: fields.flatMap((field) => [field, columnOf(strapi, uid, field)]),
  };
}

/**
 * The rows a component or relation attribute points at, as one JSON array column of a query on
 * the owner's table (aliased `owner.alias`): `[{ field: value }]` with the attributes' names, in
 * the component's order or the given one. One round trip for an owner and all it shows, where
 * Strapi's populate makes one per attribute. Join tables, columns and the component's field
 * come from Strapi's metadata.
 */
export function listColumn(
  strapi: Core.Strapi,
  knex: Core.Strapi['db']['connection'],
  owner: { uid: string; alias: string },
  attribute: string,
  target: { uid: string; fields: readonly string[]; orderBy?: { field: string; direction: 'asc' | 'desc' } },
) {
  const join = joinTableOf(strapi, owner.uid, attribute);
  const object = jsonObjectOf(strapi, target.uid, target.fields, 'c');
  const order = target.orderBy
    ? { sql: `c.?? ${target.orderBy.direction}`, bindings: [columnOf(strapi, target.uid, target.orderBy.field)] }
    : { sql: 'j.??', bindings: [join.orderColumnName ?? join.inverseOrderColumnName ?? 'id'] };
  const on = Object.entries(join.on ?? {});
  return knex.raw(
    `coalesce((select json_agg(${object.sql} order by ${order.sql}) from ?? as c join ?? as j on j.?? = c.id${on.map(() => ' and j.?? = ?').join('')} where j.?? = ??.id), '[]'::json) as ??`,
    [
      ...object.bindings,
      ...order.bindings,
      tableOf(strapi, target.uid),
      join.name,
      join.inverseJoinColumn.name,
      ...on.flat(),
      join.joinColumn.name,
      owner.alias,
      attribute,
    ],
  );
}

/**
 * The latest rows of `source.uid` whose relation `source.attribute` points at the owner (aliased
 * `owner.alias`), as one JSON array column `as`: `[{ field: value }]`, newest first by
 * `source.newestBy` (then by id), at most `source.limit`. The other way round from listColumn,
 * for a relation the owner does not declare (a journal that points at the record).
 */
export function latestLinkedColumn(
  strapi: Core.Strapi,
  knex: Core.Strapi['db']['connection'],
  owner: { alias: string },
  as: string,
  source: { uid: string; attribute: string; fields: readonly string[]; newestBy: string; limit: number },
) {
  const join = joinTableOf(strapi, source.uid, source.attribute);
  const object = jsonObjectOf(strapi, source.uid, source.fields, 't');
  const newest = columnOf(strapi, source.uid, source.newestBy);
  return knex.raw(
    `coalesce((select json_agg(${object.sql} order by t.?? desc, t.id desc) from (select c.* from ?? as c join ?? as j on j.?? = c.id where j.?? = ??.id order by c.?? desc, c.id desc limit ?) as t), '[]'::json) as ??`,
    [
      ...object.bindings,
      newest,
      tableOf(strapi, source.uid),
      join.name,
      join.joinColumn.name,
      join.inverseJoinColumn.name,
      owner.alias,
      newest,
      source.limit,
      as,
    ],
  );
}

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

/**
 * A repeatable component's rows, in their order, as one JSON array column of a query on the
 * owner's table (aliased `owner`): `[{ field: value }]` with the attributes' names. One round
 * trip for an owner and its lists, where Strapi's populate makes one per list.
 */
export function componentListColumn(
  strapi: Core.Strapi,
  knex: Core.Strapi['db']['connection'],
  owner: { uid: string; alias: string },
  attribute: string,
  component: { uid: string; fields: string[] },
) {
  const join = joinTableOf(strapi, owner.uid, attribute);
  const pairs = component.fields.flatMap((field) => [field, columnOf(strapi, component.uid, field)]);
  const object = component.fields.map(() => '?::text, c.??').join(', ');
  const field = Object.entries(join.on ?? { field: attribute })[0]!;
  return knex.raw(
    `coalesce((select json_agg(json_build_object(${object}) order by j.??) from ?? as c join ?? as j on j.?? = c.id and j.?? = ? where j.?? = ??.id), '[]'::json) as ??`,
    [
      ...pairs,
      join.orderColumnName ?? 'order',
      tableOf(strapi, component.uid),
      join.name,
      join.inverseJoinColumn.name,
      field[0],
      field[1],
      join.joinColumn.name,
      owner.alias,
      attribute,
    ],
  );
}

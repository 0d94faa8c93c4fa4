/**
 * What the public content API answers to a visitor, or to a member, and nothing more:
 * - published versions only (Strapi 5 lets any caller with `find` ask `?status=draft`);
 * - members-only content to members only (a valid token), at the top level and in every
 *   populated relation;
 * - only the relations and fields the site reads, per route: Strapi filters drafts on the top
 *   level only, so any other `populate` (a picture's `related` entries, a page's children)
 *   would reach drafts and members-only entries. Filters and sorts may not cross relations
 *   that are not listed either: a filter is a question whose answer leaks too.
 * Anything outside the list is refused with a 400, not silently dropped, so that a mistake in
 * the site shows at once.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context, Next } from 'koa';

type Restriction = Record<string, unknown>;

export interface PublicReadConfig {
  uid: string;
  /** A visitor's restriction; by default the entry's own `membersOnly` flag. */
  membersOnly?: Restriction;
  /** The relations a caller may populate, each with the fields it may read. */
  populate?: Record<string, readonly string[]>;
  /** Relations a filter may cross (one level, to the target's own fields). */
  filterThrough?: readonly string[];
}

interface Attribute {
  type: string;
  target?: string;
  relation?: string;
}

const SCALAR = new Set([
  'string',
  'text',
  'richtext',
  'blocks',
  'uid',
  'email',
  'enumeration',
  'boolean',
  'integer',
  'biginteger',
  'float',
  'decimal',
  'date',
  'datetime',
  'time',
  'timestamp',
  'json',
]);
const ALWAYS = new Set(['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'locale']);
const LOGIC = new Set(['$and', '$or', '$not']);

function refuse(parameter: string): never {
  throw new errors.ValidationError('Paramètre non autorisé', { reason: 'invalid', parameter });
}

function listOf(value: unknown, parameter: string): string[] {
  if (typeof value === 'string') return value.split(',').map((part) => part.trim());
  if (Array.isArray(value) && value.every((part) => typeof part === 'string')) return value as string[];
  if (value && typeof value === 'object' && Object.values(value).every((part) => typeof part === 'string'))
    return Object.values(value) as string[];
  return refuse(parameter);
}

export default (config: PublicReadConfig, { strapi }: { strapi: Core.Strapi }) => {
  const attributesOf = (uid: string) =>
    (strapi.getModel(uid as never) as unknown as { attributes: Record<string, Attribute> }).attributes;
  const isScalar = (uid: string, field: string) =>
    ALWAYS.has(field) || SCALAR.has(attributesOf(uid)[field]?.type ?? '');
  const hasMembersOnly = (uid: string) => attributesOf(uid).membersOnly?.type === 'boolean';

  /** Keys of a filter on `uid`: its own fields, logical operators, and the listed relations. */
  function checkFilters(uid: string, filters: unknown, through: readonly string[], depth = 0): void {
    if (Array.isArray(filters)) return filters.forEach((part) => checkFilters(uid, part, through, depth));
    if (!filters || typeof filters !== 'object') return;
    for (const [key, value] of Object.entries(filters)) {
      if (LOGIC.has(key)) checkFilters(uid, value, through, depth);
      else if (key.startsWith('$')) continue;
      else if (isScalar(uid, key)) continue;
      else if (depth === 0 && through.includes(key)) {
        const target = attributesOf(uid)[key]?.target;
        if (!target) refuse(`filters.${key}`);
        checkFilters(target, value, [], depth + 1);
      } else refuse(`filters.${key}`);
    }
  }

  function checkSort(uid: string, sort: unknown): void {
    if (sort === undefined) return;
    const entries =
      sort && typeof sort === 'object' && !Array.isArray(sort) && !Object.keys(sort).every((key) => /^\d+$/.test(key))
        ? Object.keys(sort)
        : listOf(sort, 'sort').map((part) => part.split(':')[0] ?? '');
    for (const field of entries) if (!isScalar(uid, field.trim())) refuse(`sort.${field}`);
  }

  /** The populate the caller asked for, reduced to what the route allows, else a refusal. */
  function allowedPopulate(asked: unknown, visitor: boolean): Record<string, unknown> | undefined {
    if (asked === undefined) return undefined;
    const allowed = config.populate ?? {};
    const requested: Record<string, unknown> =
      typeof asked === 'string' || Array.isArray(asked)
        ? Object.fromEntries(listOf(asked, 'populate').map((name) => [name, true]))
        : asked && typeof asked === 'object'
          ? (asked as Record<string, unknown>)
          : refuse('populate');
    const populate: Record<string, unknown> = {};
    for (const [relation, options] of Object.entries(requested)) {
      const fields = allowed[relation];
      if (!fields) refuse(`populate.${relation}`);
      let wanted: string[] = [...fields];
      if (options && typeof options === 'object') {
        for (const key of Object.keys(options)) if (key !== 'fields') refuse(`populate.${relation}.${key}`);
        const askedFields = (options as { fields?: unknown }).fields;
        if (askedFields !== undefined) wanted = listOf(askedFields, `populate.${relation}.fields`);
        for (const field of wanted) if (!fields.includes(field)) refuse(`populate.${relation}.fields.${field}`);
      } else if (options !== true && options !== 'true' && options !== '*') refuse(`populate.${relation}`);
      const target = attributesOf(config.uid)[relation]?.target;
      const restrict = visitor && target && hasMembersOnly(target);
      populate[relation] = { fields: wanted, ...(restrict ? { filters: { membersOnly: { $ne: true } } } : {}) };
    }
    return populate;
  }

  return async (ctx: Context, next: Next) => {
    const query = { ...(ctx.query as Record<string, unknown>) };
    delete query.status;
    delete query.publicationState;
    const visitor = !ctx.state.user;
    checkFilters(config.uid, query.filters, config.filterThrough ?? []);
    checkSort(config.uid, query.sort);
    if (query.fields !== undefined)
      for (const field of listOf(query.fields, 'fields')) if (!isScalar(config.uid, field)) refuse(`fields.${field}`);
    const populate = allowedPopulate(query.populate, visitor);
    const restriction = config.membersOnly ?? (hasMembersOnly(config.uid) ? { membersOnly: { $ne: true } } : null);
    const filters = visitor && restriction ? { $and: [query.filters ?? {}, restriction] } : query.filters;
    ctx.query = {
      ...query,
      ...(filters ? { filters } : {}),
      ...(populate ? { populate } : {}),
      status: 'published',
    } as Context['query'];
    await next();
  };
};

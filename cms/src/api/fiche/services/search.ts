/**
 * Search across published fiches: French full text (to_tsvector / plainto_tsquery) on an
 * expression index created at start-up. The answer is an allow-list: no author, no draft.
 */
import type { Core } from '@strapi/strapi';
import { columnOf, joinTableOf, tableOf, uids } from '../../../db';

const PAGE_SIZE = 20;
/** Counting stops here: "plus de 1000 fiches" says enough, and counting 100,000 matches is slow. */
export const COUNT_CAP = 1000;
/** How many of the most recent matches are ranked by relevance: whole pages (a multiple of PAGE_SIZE). */
const RANKED_CANDIDATES = 10 * PAGE_SIZE;
const SEARCH_INDEX = 'fiches_search_fr';

interface Row {
  document_id: string;
  title: string;
  published_at: string | Date;
  author_display_name: string | null;
  rubrique_name: string | null;
  rubrique_slug: string | null;
  excerpt: string | null;
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection;

  /** Strapi's table and column names, read from its metadata (a lookup, nothing to keep). */
  function n() {
    const fiche = (attribute: string) => columnOf(strapi, uids.fiche, attribute);
    const rubrique = (attribute: string) => `r.${columnOf(strapi, uids.rubrique, attribute)}`;
    return {
      fiches: tableOf(strapi, uids.fiche),
      rubriques: tableOf(strapi, uids.rubrique),
      link: joinTableOf(strapi, uids.fiche, 'rubrique'),
      searchText: fiche('searchText'),
      publishedAt: fiche('publishedAt'),
      f: (attribute: string) => `f.${fiche(attribute)}`,
      r: rubrique,
    };
  }
  function base() {
    const { fiches, rubriques, link, f, r } = n();
    return knex()(`${fiches} as f`)
      .leftJoin(`${link.name} as l`, `l.${link.joinColumn.name}`, 'f.id')
      .leftJoin(`${rubriques} as r`, 'r.id', `l.${link.inverseJoinColumn.name}`)
      .whereNotNull(f('publishedAt'))
      .where((builder) => builder.whereNull(r('membersOnly')).orWhere(r('membersOnly'), false));
  }

  return {
    /** Creates the full-text index if it is missing, without a pending list (idempotent). */
    async ensureIndex(): Promise<void> {
      const { fiches, searchText, publishedAt } = n();
      // By default GIN keeps new entries in a pending list that every search reads row by row
      // until a vacuum merges it: after a batch of fiches, searches read the whole list. Fiches are
      // written one at a time, so each goes straight into the index.
      await knex().raw(
        `CREATE INDEX IF NOT EXISTS ${SEARCH_INDEX} ON ${fiches} USING gin (to_tsvector('french', coalesce(${searchText}, ''))) WITH (fastupdate = off) WHERE ${publishedAt} IS NOT NULL`,
      );
      await knex().raw(`ALTER INDEX ${SEARCH_INDEX} SET (fastupdate = off)`);
      await knex().raw('SELECT gin_clean_pending_list(?::regclass)', [SEARCH_INDEX]);
    },

    async search(q: string, page: number) {
      const { fiches, rubriques, link, f, r } = n();
      // The index is read once: the count and the candidates both come from these rows.
      const matches = base()
        .select('f.id', `${f('publishedAt')} as published_at`)
        .whereRaw(`to_tsvector('french', coalesce(${f('searchText')}, '')) @@ plainto_tsquery('french', ?)`, [q]);
      const capped = () =>
        knex()
          .from('matches')
          .select(knex().raw('1'))
          .limit(COUNT_CAP + 1);
      // Relevance is ranked among the most recent matches only (ranking every match of a common
      // word would read thousands of rows for 20 results); the pages after them follow by date.
      const offset = (page - 1) * PAGE_SIZE;
      const ranked = offset < RANKED_CANDIDATES;
      const rows = (await knex()
        .withMaterialized('matches', matches)
        .with('candidates', (builder) =>
          builder
            .select('id')
            .from('matches')
            .orderBy([
              { column: 'published_at', order: 'desc' },
              { column: 'id', order: 'desc' },
            ])
            .limit(ranked ? RANKED_CANDIDATES : PAGE_SIZE)
            .offset(ranked ? 0 : offset),
        )
        .from('candidates as c')
        .join(`${fiches} as f`, 'f.id', 'c.id')
        .leftJoin(`${link.name} as l`, `l.${link.joinColumn.name}`, 'f.id')
        .leftJoin(`${rubriques} as r`, 'r.id', `l.${link.inverseJoinColumn.name}`)
        // The count rides along with the page (one round trip); a page with no row counts apart.
        .select(
          knex().raw('(select count(*) from (?) as capped) as total', [capped()]),
          `${f('documentId')} as document_id`,
          `${f('title')} as title`,
          `${f('publishedAt')} as published_at`,
          `${f('authorDisplayName')} as author_display_name`,
          `${r('name')} as rubrique_name`,
          `${r('slug')} as rubrique_slug`,
          knex().raw(`substr(${f('searchText')}, 1, 300) as excerpt`),
        )
        .modify((builder) => {
          if (ranked)
            builder.orderByRaw(
              `ts_rank(to_tsvector('french', coalesce(${f('searchText')}, '')), plainto_tsquery('french', ?)) DESC`,
              [q],
            );
          else builder.orderBy(f('publishedAt'), 'desc');
        })
        // Equal ranks in a stable order: a fiche shows on one page only.
        .orderBy('f.id', 'desc')
        .limit(PAGE_SIZE)
        .offset(ranked ? offset : 0)) as Array<Row & { total: string | number }>;
      const counted = async () => {
        const rows = (await knex()
          .with('matches', matches)
          .count({ count: '*' })
          .from(capped().as('capped'))) as Array<{ count: string | number }>;
        return rows[0]?.count ?? 0;
      };
      const total = Number(rows[0] ? rows[0].total : await counted());
      return {
        data: rows.map((row) => ({
          documentId: row.document_id,
          title: row.title,
          publishedAt: new Date(row.published_at).toISOString(),
          authorDisplayName: row.author_display_name,
          rubrique: row.rubrique_slug ? { name: row.rubrique_name, slug: row.rubrique_slug } : null,
          excerpt: (row.excerpt ?? '').slice(row.title.length).trim().slice(0, 200),
        })),
        meta: {
          page,
          pageSize: PAGE_SIZE,
          total: Math.min(total, COUNT_CAP),
          more: total > COUNT_CAP,
          pageCount: Math.max(1, Math.ceil(Math.min(total, COUNT_CAP) / PAGE_SIZE)),
        },
      };
    },
  };
};

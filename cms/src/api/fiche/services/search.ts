/**
 * Search across published fiches. PostgreSQL: French full text (to_tsvector / plainto_tsquery)
 * on an expression index created at start-up; SQLite: every word must appear (LIKE), which is
 * enough for a small association's file. The answer is an allow-list: no author, no draft.
 */
import type { Core } from '@strapi/strapi';

const PAGE_SIZE = 20;
/** Counting stops here: "plus de 1000 fiches" says enough, and counting 100,000 matches is slow. */
export const COUNT_CAP = 1000;
/** How many of the most recent matches are ranked by relevance (PostgreSQL). */
const RANKED_CANDIDATES = 200;

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
  const isPostgres = () => strapi.db.dialect.client === 'postgres';

  function base() {
    return knex()('fiches as f')
      .leftJoin('fiches_rubrique_lnk as l', 'l.fiche_id', 'f.id')
      .leftJoin('rubriques as r', 'r.id', 'l.rubrique_id')
      .whereNotNull('f.published_at')
      .where((builder) => builder.whereNull('r.members_only').orWhere('r.members_only', false));
  }

  return {
    /** Creates the full-text index on PostgreSQL if it is missing (idempotent). */
    async ensureIndex(): Promise<void> {
      if (!isPostgres()) return;
      await knex().raw(
        "CREATE INDEX IF NOT EXISTS fiches_search_fr ON fiches USING gin (to_tsvector('french', coalesce(search_text, ''))) WHERE published_at IS NOT NULL",
      );
    },

    async search(q: string, page: number) {
      const words = q
        .split(/\s+/)
        .filter((word) => word.length > 1)
        .slice(0, 10);
      let matches = base();
      let query;
      if (isPostgres()) {
        matches = matches.whereRaw(
          "to_tsvector('french', coalesce(f.search_text, '')) @@ plainto_tsquery('french', ?)",
          [q],
        );
        // Relevance is ranked among the most recent matches only: ranking every match of a
        // common word would read thousands of rows for 20 results.
        const candidates = matches.clone().select('f.id').orderBy('f.published_at', 'desc').limit(RANKED_CANDIDATES);
        query = base()
          .whereIn('f.id', candidates)
          .orderByRaw(
            "ts_rank(to_tsvector('french', coalesce(f.search_text, '')), plainto_tsquery('french', ?)) DESC",
            [q],
          );
      } else {
        for (const word of words)
          matches = matches.whereRaw('lower(f.search_text) like ?', [`%${word.toLowerCase().replace(/[%_]/g, '')}%`]);
        query = matches.clone().orderBy('f.published_at', 'desc');
      }
      const capped = matches
        .clone()
        .select(knex().raw('1'))
        .limit(COUNT_CAP + 1);
      const total = Number((await knex().count({ count: '*' }).from(capped.as('matches')).first())?.count ?? 0);
      const rows = (await query
        .select(
          'f.document_id',
          'f.title',
          'f.published_at',
          'f.author_display_name',
          'r.name as rubrique_name',
          'r.slug as rubrique_slug',
          knex().raw('substr(f.search_text, 1, 300) as excerpt'),
        )
        .limit(PAGE_SIZE)
        .offset((page - 1) * PAGE_SIZE)) as Row[];
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

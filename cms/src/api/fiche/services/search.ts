/**
 * Search across published fiches: French full text (plainto_tsquery) on the words of each
 * published fiche, kept in a table of ours beside Strapi's (`fiche_search_words`, created at
 * start-up). The answer is an allow-list: no author, no draft.
 */
import type { Core } from '@strapi/strapi';
import { columnOf, joinTableOf, tableOf, uids } from '../../../db';

const PAGE_SIZE = 20;
/** Counting stops here: "plus de 1000 fiches" says enough, and counting 100,000 matches is slow. */
export const COUNT_CAP = 1000;
/** How many of the most recent matches are ranked by relevance: whole pages (a multiple of PAGE_SIZE). */
const RANKED_CANDIDATES = 10 * PAGE_SIZE;
/** Ours, not Strapi's: Strapi leaves alone a table its schema never had. */
const WORDS = 'fiche_search_words';

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
  /** Published fiches outside the members' rubriques whose words match `q`: their ids and dates. */
  function matching(q: string) {
    const { rubriques, link } = n();
    // Fiches of the members' rubriques: none or a few, read once into a hash by PostgreSQL.
    const membersOnly = knex()(`${link.name} as l`)
      .join(`${rubriques} as r`, 'r.id', `l.${link.inverseJoinColumn.name}`)
      .where(`r.${columnOf(strapi, uids.rubrique, 'membersOnly')}`, true)
      .whereNotNull(`l.${link.joinColumn.name}`)
      .select(`l.${link.joinColumn.name}`);
    return knex()(`${WORDS} as w`)
      .select('w.fiche_id as id', 'w.published_at')
      .whereRaw("w.words @@ plainto_tsquery('french', ?)", [q])
      .whereNotIn('w.fiche_id', membersOnly);
  }

  return {
    /**
     * The words of each published fiche, as a tsvector kept by a trigger, however the fiche
     * was written (a member, an editor, an import, plain SQL): ranking a fiche from its text
     * would analyse the whole text again at each search. Replaced at each start, under a lock
     * (two instances may start together); filled once when new.
     */
    async ensureWords(): Promise<void> {
      const { fiches, searchText, publishedAt } = n();
      const words = (row: string) => `to_tsvector('french', coalesce(${row}.${searchText}, ''))`;
      await knex().transaction(async (trx) => {
        await trx.raw("SELECT pg_advisory_xact_lock(hashtext('aec:fiche-search-words'))");
        const existed = (await trx.raw('SELECT to_regclass(?) AS found', [WORDS])) as {
          rows: Array<{ found: unknown }>;
        };
        await trx.raw(
          `CREATE TABLE IF NOT EXISTS ${WORDS} (fiche_id integer PRIMARY KEY REFERENCES ${fiches}(id) ON DELETE CASCADE, published_at timestamp(6) NOT NULL, words tsvector NOT NULL)`,
        );
        // Without GIN's pending list, which every search would read row by row until a vacuum.
        await trx.raw(`CREATE INDEX IF NOT EXISTS ${WORDS}_gin ON ${WORDS} USING gin (words) WITH (fastupdate = off)`);
        await trx.raw(`CREATE OR REPLACE FUNCTION ${WORDS}_sync() RETURNS trigger LANGUAGE plpgsql AS $$
          BEGIN
            IF NEW.${publishedAt} IS NULL THEN
              DELETE FROM ${WORDS} WHERE fiche_id = NEW.id;
            ELSE
              INSERT INTO ${WORDS} (fiche_id, published_at, words) VALUES (NEW.id, NEW.${publishedAt}, ${words('NEW')})
                ON CONFLICT (fiche_id) DO UPDATE SET published_at = EXCLUDED.published_at, words = EXCLUDED.words;
            END IF;
            RETURN NULL;
          END $$`);
        await trx.raw(`DROP TRIGGER IF EXISTS ${WORDS}_sync ON ${fiches}`);
        await trx.raw(
          `CREATE TRIGGER ${WORDS}_sync AFTER INSERT OR UPDATE OF ${searchText}, ${publishedAt} ON ${fiches} FOR EACH ROW EXECUTE FUNCTION ${WORDS}_sync()`,
        );
        if (!existed.rows[0]?.found)
          await trx.raw(
            `INSERT INTO ${WORDS} (fiche_id, published_at, words) SELECT f.id, f.${publishedAt}, ${words('f')} FROM ${fiches} f WHERE f.${publishedAt} IS NOT NULL`,
          );
        // The expression index that served before this table.
        await trx.raw('DROP INDEX IF EXISTS fiches_search_fr');
      });
    },

    async search(q: string, page: number) {
      const { fiches, rubriques, link, f, r } = n();
      // The index is read once: the count and the candidates both come from these rows.
      const matches = matching(q);
      const capped = () =>
        knex()
          .from('matches')
          .select(knex().raw('1'))
          .limit(COUNT_CAP + 1);
      // Relevance is ranked among the most recent matches only (ranking every match of a common
      // word would read thousands of rows for 20 results); the pages after them follow by date.
      const offset = (page - 1) * PAGE_SIZE;
      const ranked = offset < RANKED_CANDIDATES;
      const newest = [
        { column: 'published_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ] as const;
      // In the order shown; a fiche on one page only (equal ranks: the newest first).
      const shown = [{ column: 'rank', order: 'desc' }, ...newest] as const;
      const rows = (await knex()
        .withMaterialized('matches', matches)
        .with('page', (builder) =>
          builder
            .select(
              'w.fiche_id as id',
              'w.published_at',
              ranked
                ? knex().raw("ts_rank(w.words, plainto_tsquery('french', ?)) as rank", [q])
                : knex().raw('0 as rank'),
            )
            .from(
              knex()
                .from('matches')
                .select('id')
                .orderBy([...newest])
                .limit(ranked ? RANKED_CANDIDATES : PAGE_SIZE)
                .offset(ranked ? 0 : offset)
                .as('c'),
            )
            .join(`${WORDS} as w`, 'w.fiche_id', 'c.id')
            .orderBy([...shown])
            .limit(PAGE_SIZE)
            .offset(ranked ? offset : 0),
        )
        .from('page as p')
        .join(`${fiches} as f`, 'f.id', 'p.id')
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
        .orderBy(shown.map(({ column, order }) => ({ column: `p.${column}`, order })))) as Array<
        Row & { total: string | number }
      >;
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

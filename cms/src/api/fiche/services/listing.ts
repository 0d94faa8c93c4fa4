/**
 * A rubrique's published fiches, newest first, page by page: the page every visitor of a
 * rubrique opens. Strapi's generic query joins the rubrique twice and sorts a DISTINCT over
 * every fiche of the rubrique (over a second at 200,000 fiches); here the database walks the
 * published_at index, takes the page's 20 ids, and Strapi loads just those, with their images.
 */
import type { Core } from '@strapi/strapi';
import { columnOf, joinTableOf, tableOf, uids } from '../../../db';

const PAGE_SIZE = 20;
/** Counting stops here: 50 pages are more than anyone leafs through; the search finds the rest. */
export const LISTING_COUNT_CAP = 1000;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection;

  return {
    /** null when there is no such rubrique, or when it is reserved to members and `member` is false. */
    async byRubrique(slug: string, page: number, member: boolean) {
      const rubrique = (await knex()(tableOf(strapi, uids.rubrique))
        .where(columnOf(strapi, uids.rubrique, 'slug'), slug)
        .first('id', `${columnOf(strapi, uids.rubrique, 'membersOnly')} as members_only`)) as
        { id: number; members_only: boolean | null } | undefined;
      if (!rubrique || (rubrique.members_only && !member)) return null;

      const link = joinTableOf(strapi, uids.fiche, 'rubrique');
      const publishedAt = `f.${columnOf(strapi, uids.fiche, 'publishedAt')}`;
      const published = () =>
        knex()(`${tableOf(strapi, uids.fiche)} as f`)
          .join(`${link.name} as l`, `l.${link.joinColumn.name}`, 'f.id')
          .where(`l.${link.inverseJoinColumn.name}`, rubrique.id)
          .whereNotNull(publishedAt);
      const capped = published()
        .select(knex().raw('1'))
        .limit(LISTING_COUNT_CAP + 1);
      const total = Number((await knex().count({ count: '*' }).from(capped.as('matches')).first())?.count ?? 0);
      const ids = (
        (await published()
          .select('f.id')
          .orderBy([
            { column: publishedAt, order: 'desc' },
            { column: 'f.id', order: 'desc' },
          ])
          .limit(PAGE_SIZE)
          .offset((page - 1) * PAGE_SIZE)) as Array<{ id: number }>
      ).map((row) => row.id);

      const rows =
        ids.length === 0
          ? []
          : await strapi.db.query(uids.fiche).findMany({
              where: { id: { $in: ids } },
              select: [
                'documentId',
                'title',
                'publishedAt',
                'createdAt',
                'authorDisplayName',
                'body',
                'eventDate',
                'place',
                'period',
              ],
              populate: {
                images: { select: ['url', 'alternativeText', 'width', 'height', 'formats'] },
                rubrique: { select: ['name', 'slug'] },
              },
            });
      const byId = new Map(rows.map((row) => [row.id as number, row]));
      const counted = Math.min(total, LISTING_COUNT_CAP);
      return {
        data: ids.flatMap((id) => {
          const row = byId.get(id);
          if (!row) return [];
          const { id: _id, ...fiche } = row;
          return [fiche];
        }),
        meta: {
          pagination: {
            page,
            pageSize: PAGE_SIZE,
            total: counted,
            pageCount: Math.max(1, Math.ceil(counted / PAGE_SIZE)),
          },
        },
      };
    },
  };
};

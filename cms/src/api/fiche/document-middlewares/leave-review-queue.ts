/**
 * A fiche an editor publishes leaves the editors' queue (« Soumise »): it reads « Publiée »
 * instead, and « Brouillon » again if it is unpublished. Written to the columns after the
 * publication commits: no document event, and the draft's « modified » date stays as it was.
 */
import type { Core } from '@strapi/strapi';
import { afterCommit, columnOf, tableOf, uids } from '../../../db';

export function registerLeaveReviewQueue(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const result = await next();
    if (context.uid !== uids.fiche || (context.action !== 'publish' && context.action !== 'unpublish')) return result;
    const { documentId } = context.params as { documentId?: string };
    if (!documentId) return result;
    const state = columnOf(strapi, uids.fiche, 'reviewState');
    await afterCommit(strapi, 'fiches', () =>
      strapi.db
        .connection(tableOf(strapi, uids.fiche))
        .where(columnOf(strapi, uids.fiche, 'documentId'), documentId)
        .modify((query) => {
          if (context.action === 'unpublish') query.where(state, 'publiee');
        })
        .update({ [state]: context.action === 'publish' ? 'publiee' : 'brouillon' }),
    );
    return result;
  });
}

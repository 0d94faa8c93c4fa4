/**
 * Deletes a fiche's images once no version of any fiche shows them any more: removed by the
 * member, dropped from a newly published version, or the fiche deleted. An image a member
 * removed stays while the published version still shows it, and goes when that version does.
 */
import type { Core } from '@strapi/strapi';
import { afterCommit, uids } from '../../../db';
import { deleteUnreferencedFiles } from '../../../uploads/orphans';

const RELEASES = new Set(['update', 'delete', 'publish', 'unpublish', 'discardDraft']);

export function registerDeleteOrphanImages(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== uids.fiche || !RELEASES.has(context.action)) return next();
    const documentId = (context.params as { documentId?: string }).documentId;
    if (!documentId) return next();
    // Through the query engine: it joins the write's transaction, where a raw query would wait for it.
    const versions = (await strapi.db.query(uids.fiche).findMany({
      where: { documentId },
      select: ['id'],
      populate: { images: { select: ['id'] } },
    })) as Array<{ id: number; images?: Array<{ id: number }> | null }>;
    const before = [...new Set(versions.flatMap((version) => (version.images ?? []).map((image) => image.id)))];
    const result = await next();
    if (before.length > 0) {
      await afterCommit(strapi, 'images des fiches', () => deleteUnreferencedFiles(strapi, before));
    }
    return result;
  });
}

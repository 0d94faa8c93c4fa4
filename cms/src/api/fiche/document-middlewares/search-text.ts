/**
 * Keeps each fiche version's searchable text (title and words of the text) up to date, however
 * the fiche was written: by a member, by an editor in the admin, by the demo seed or an import.
 */
import type { Core } from '@strapi/strapi';
import { blocksToPlainText } from '../../../utils/rich-text';

const UID = 'api::fiche.fiche';
const WRITES = new Set(['create', 'update', 'publish']);

export function registerSearchText(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== UID || !WRITES.has(context.action)) return next();
    const result = await next();
    const params = context.params as { documentId?: string };
    const written = result as { documentId?: string; entries?: Array<{ documentId?: string }> } | null;
    const documentId = params.documentId ?? written?.documentId ?? written?.entries?.[0]?.documentId;
    if (!documentId) return result;
    const versions = await strapi.db.query(UID).findMany({ where: { documentId }, select: ['id', 'title', 'body'] });
    // Written straight to the column: touching updatedAt would hide "modifications en attente".
    const table = strapi.db.metadata.get(UID).tableName;
    for (const version of versions) {
      const searchText = `${version.title ?? ''} ${blocksToPlainText(version.body)}`.trim();
      await strapi.db.connection(table).where({ id: version.id }).update({ search_text: searchText });
    }
    return result;
  });
}

/**
 * Keeps each fiche version's searchable text (title and words of the text) up to date, however
 * the fiche was written: by a member, by an editor in the admin, by the demo seed or an import.
 */
import type { Core } from '@strapi/strapi';
import { blocksToPlainText } from '../../../utils/rich-text';
import { afterCommit, tableOf, uids, updateRows } from '../../../db';

const WRITES = new Set(['create', 'update', 'publish']);

async function refresh(strapi: Core.Strapi, documentId: string): Promise<void> {
  const table = tableOf(strapi, uids.fiche);
  const versions = (await strapi.db
    .connection(table)
    .where({ document_id: documentId })
    .select('id', 'title', 'body')) as Array<{
    id: number;
    title: string | null;
    body: unknown;
  }>;
  // Written straight to the column: touching updatedAt would hide "modifications en attente".
  for (const version of versions) {
    const body = typeof version.body === 'string' ? (JSON.parse(version.body) as unknown) : version.body;
    const searchText = `${version.title ?? ''} ${blocksToPlainText(body)}`.trim();
    await updateRows(strapi, strapi.db.connection, uids.fiche, version.id, { searchText });
  }
}

export function registerSearchText(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== uids.fiche || !WRITES.has(context.action)) return next();
    const result = await next();
    const params = context.params as { documentId?: string };
    const written = result as { documentId?: string; entries?: Array<{ documentId?: string }> } | null;
    const documentId = params.documentId ?? written?.documentId ?? written?.entries?.[0]?.documentId;
    if (!documentId) return result;
    // Once committed: the rows the write locked are free again.
    await afterCommit(strapi, 'recherche', () => refresh(strapi, documentId));
    return result;
  });
}

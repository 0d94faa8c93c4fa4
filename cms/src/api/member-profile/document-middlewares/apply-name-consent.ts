/**
 * The name on a member's fiches follows the member's record at once: consent withdrawn, the
 * name leaves every fiche already written, published or not (and so the API and the search);
 * consent given, or the name corrected, every fiche shows the new one. Editors keep seeing
 * the author's name in the admin whatever the consent.
 */
import type { Core } from '@strapi/strapi';
import { afterCommit, columnOf, joinTableOf, tableOf, uids } from '../../../db';

interface Naming {
  firstName: string | null;
  lastName: string | null;
  consentPublicName: boolean | null;
  user?: { id: number } | null;
}

async function namingOf(strapi: Core.Strapi, documentId: string): Promise<Naming | null> {
  return (await strapi.db.query(uids.memberProfile).findOne({
    where: { documentId },
    select: ['firstName', 'lastName', 'consentPublicName'],
    populate: { user: { select: ['id'] } },
  })) as Naming | null;
}

/** Straight to the columns: the fiches' updatedAt must not move ("publiée avec modifications"). */
async function renameFiches(strapi: Core.Strapi, userId: number, naming: Naming): Promise<void> {
  const author = joinTableOf(strapi, uids.fiche, 'author');
  const name = `${naming.firstName ?? ''} ${naming.lastName ?? ''}`.trim();
  await strapi.db
    .connection(tableOf(strapi, uids.fiche))
    .whereIn(
      'id',
      strapi.db.connection(author.name).select(author.joinColumn.name).where(author.inverseJoinColumn.name, userId),
    )
    .update({
      [columnOf(strapi, uids.fiche, 'authorName')]: name,
      [columnOf(strapi, uids.fiche, 'authorDisplayName')]: naming.consentPublicName ? name : null,
    });
}

export function registerApplyNameConsent(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== uids.memberProfile || context.action !== 'update') return next();
    const documentId = (context.params as { documentId?: string }).documentId;
    const before = documentId ? await namingOf(strapi, documentId) : null;
    const result = await next();
    const after = documentId ? await namingOf(strapi, documentId) : null;
    const userId = after?.user?.id;
    const changed =
      before?.consentPublicName !== after?.consentPublicName ||
      before?.firstName !== after?.firstName ||
      before?.lastName !== after?.lastName;
    if (after && userId && changed) {
      await afterCommit(strapi, 'nom sur les fiches', () => renameFiches(strapi, userId, after));
    }
    return result;
  });
}

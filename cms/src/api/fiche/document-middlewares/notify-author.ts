/**
 * Moderation, told to the author: a mail when an editor publishes a fiche, and when an editor
 * sends it back with a comment (reviewState set to "renvoyee" in the admin).
 */
import type { Core } from '@strapi/strapi';
import { cmsEnv } from '../../../env';
import { sendInBackground } from '../../../mail/outbox';
import { mailsOf } from '../../../mail/templates.fr';
import { uids } from '../../../db';

async function author(strapi: Core.Strapi, documentId: string) {
  const fiche = await strapi.db.query(uids.fiche).findOne({
    where: { documentId },
    select: ['title', 'moderationComment'],
    populate: { author: { select: ['id', 'email'] } },
  });
  if (!fiche?.author) return null;
  const profile = await strapi.db
    .query(uids.memberProfile)
    .findOne({ where: { user: fiche.author.id }, select: ['firstName'] });
  return {
    email: String(fiche.author.email),
    firstName: String(profile?.firstName ?? ''),
    title: String(fiche.title),
    comment: String(fiche.moderationComment ?? ''),
  };
}

export function registerNotifyAuthor(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== uids.fiche) return next();
    const params = context.params as { documentId?: string; data?: { reviewState?: string } };
    const result = await next();
    try {
      const site = cmsEnv().SITE_URL;
      if (context.action === 'publish' && params.documentId) {
        const who = await author(strapi, params.documentId);
        if (who)
          sendInBackground(
            strapi,
            who.email,
            (await mailsOf(strapi)).fichePublished({ ...who, link: `${site}/fiches/${params.documentId}` }),
          );
      } else if (context.action === 'update' && params.documentId && params.data?.reviewState === 'renvoyee') {
        const who = await author(strapi, params.documentId);
        if (who)
          sendInBackground(
            strapi,
            who.email,
            (await mailsOf(strapi)).ficheSentBack({
              ...who,
              link: `${site}/espace-membres/fiches/${params.documentId}`,
            }),
          );
      }
    } catch (error) {
      strapi.log.error(`[fiches] avis à l’auteur : ${(error as Error).message}`);
    }
    return result;
  });
}

/**
 * A volunteer sets a request to "traitee": the member is anonymised, once, after the request's
 * own write is committed. If the anonymisation fails, the request says so in the admin
 * (« echec », with the reason) instead of reading « traitee »; setting it to « traitee » again
 * retries.
 */
import type { Core } from '@strapi/strapi';
import { afterCommit, serviceOf, uids } from '../../../db';

async function anonymiseOrRecordFailure(strapi: Core.Strapi, documentId: string, profileId: number): Promise<void> {
  try {
    await serviceOf(strapi, 'api::erasure-request.erasure-request').anonymise(profileId);
  } catch (error) {
    const reason = (error as Error).message;
    strapi.log.error(`[effacement] ${reason}`);
    // Straight to the row: this is a record of what happened, not a volunteer's edit.
    await strapi.db
      .query(uids.erasureRequest)
      .update({ where: { documentId }, data: { state: 'echec', failureReason: reason.slice(0, 2000) } });
  }
}

export function registerErasureProcessing(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== uids.erasureRequest || context.action !== 'update') return next();
    const params = context.params as { documentId?: string; data?: Record<string, unknown> };
    const documentId = params.documentId;
    if (params.data?.state !== 'traitee' || !documentId) return next();
    const before = await strapi.db
      .query(uids.erasureRequest)
      .findOne({ where: { documentId }, populate: { profile: { select: ['id'] } } });
    if (before?.state === 'traitee') return next();
    params.data.processedAt = new Date();
    params.data.failureReason = null;
    const result = await next();
    const profileId = before?.profile?.id as number | undefined;
    if (profileId) {
      await afterCommit(strapi, 'effacement', () => anonymiseOrRecordFailure(strapi, documentId, profileId));
    }
    return result;
  });
}

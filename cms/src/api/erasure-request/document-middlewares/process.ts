/**
 * A volunteer ticks the confirmation and sets a request to "traitee": the member is anonymised,
 * once, after the request's own write is committed; without the tick, nothing is erased and
 * the form says why. The reply address stays on the request until it is « close ».
 * If the anonymisation fails, If the anonymisation fails, the request says so in the admin
 * (« echec », with the reason) instead of reading « traitee »; setting it to « traitee » again
 * retries.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { messages } from '@aec/config';
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
    // Closed: the member was answered, their address goes too.
    if (params.data?.state === 'close') params.data.replyEmail = null;
    if (params.data?.state !== 'traitee' || !documentId) return next();
    const before = await strapi.db
      .query(uids.erasureRequest)
      .findOne({ where: { documentId }, populate: { profile: { select: ['id'] } } });
    if (before?.state === 'traitee') return next();
    if ((params.data.confirmErasure ?? before?.confirmErasure) !== true) {
      const message = messages.erasure.confirmRequired;
      throw new errors.ValidationError(message, {
        errors: [{ path: ['confirmErasure'], message, name: 'ValidationError' }],
      });
    }
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

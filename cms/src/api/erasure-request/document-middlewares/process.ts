/** A volunteer sets a request to "traitee": the member is anonymised, once. */
import type { Core } from '@strapi/strapi';

const UID = 'api::erasure-request.erasure-request';

export function registerErasureProcessing(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== UID || context.action !== 'update') return next();
    const params = context.params as { documentId?: string; data?: Record<string, unknown> };
    if (params.data?.state !== 'traitee' || !params.documentId) return next();
    const before = await strapi.db
      .query(UID)
      .findOne({ where: { documentId: params.documentId }, populate: { profile: { select: ['id'] } } });
    if (before?.state === 'traitee') return next();
    params.data.processedAt = new Date();
    const result = await next();
    const profileId = before?.profile?.id as number | undefined;
    if (profileId) {
      const service = strapi.service(UID) as unknown as { anonymise: (id: number) => Promise<void> };
      // After the request's own transaction: the anonymisation takes its own.
      setImmediate(() => {
        service.anonymise(profileId).catch((error: Error) => strapi.log.error(`[effacement] ${error.message}`));
      });
    }
    return result;
  });
}

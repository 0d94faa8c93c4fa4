/**
 * A day added to the reminder calendar gets its « Modèle de relance » at once (the default
 * wording of its kind: before, on, or after the due date), so volunteers can read and adapt it
 * before it is first sent.
 */
import type { Core } from '@strapi/strapi';
import { afterCommit, serviceOf, uids } from '../../../db';

export function registerWriteReminderTemplates(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== uids.associationSetting || !['create', 'update'].includes(context.action)) return next();
    const result = await next();
    await afterCommit(strapi, 'modèles de relance', () => serviceOf(strapi, uids.reminder).ensureTemplates());
    return result;
  });
}

/**
 * « Relance prévue demain » is computed from the members when a volunteer reads it, at most once a
 * minute per instance: it was empty on a fresh install (computed at start, before the due dates
 * were filled) and stale all day (a member blocked, paid or imported since stayed as they were).
 */
import type { Core } from '@strapi/strapi';
import { association, nextPassDay } from '@aec/config';
import { serviceOf, uids } from '../../../db';

/** How old the list may be when read; the tests set 0. */
export const planSettings = { maxAgeMs: 60_000 };

// Only when this instance last computed it: the list itself is in the database, so several
// instances at most compute it once a minute each (refreshPlan takes a lock).
let computedAt = 0;
let computing: Promise<unknown> | undefined;

const READS = new Set(['findMany', 'findFirst', 'findOne', 'count']);

export function registerPlanOnRead(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== uids.plannedReminder || !READS.has(context.action)) return next();
    if (!computing && Date.now() - computedAt >= planSettings.maxAgeMs) {
      computedAt = Date.now();
      const { timezone, hour } = association.reminders;
      computing = serviceOf(strapi, 'api::reminder.reminder')
        .refreshPlan(nextPassDay(new Date(), timezone, hour))
        .finally(() => {
          computing = undefined;
        });
    }
    // A list and its count read together wait for the same computation.
    await computing;
    return next();
  });
}

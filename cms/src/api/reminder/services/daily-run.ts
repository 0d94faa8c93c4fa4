/**
 * The daily reminders run, at the association's hour in its time zone, on one instance only
 * however many run: pg-boss makes one job per day across instances, on a queue that holds one at
 * a time. A day missed (the server was down at that hour) runs once when it is back; a run that
 * dies half-way runs again, and each reminder is recorded with its mail in one transaction, so
 * none is sent twice (reminder.ts).
 */
import type { Core } from '@strapi/strapi';
import { association, todayIn } from '@aec/config';
import { serviceOf } from '../../../db';
import { cmsEnv } from '../../../env';
import { scheduleOnce } from '../../../queue';

export const DAILY_RUN = 'relances';

export async function scheduleDailyReminders(strapi: Core.Strapi): Promise<void> {
  const when = cmsEnv().REMINDERS_SCHEDULE ?? `0 ${association.reminders.hour} * * *`;
  // « Relance prévue demain » follows by itself: it is computed when read (plan-on-read.ts).
  await scheduleOnce(strapi, DAILY_RUN, when, () =>
    serviceOf(strapi, 'api::reminder.reminder').run(todayIn(association.reminders.timezone)),
  );
}

/**
 * The daily reminders run, at the association's hour in its time zone, on one instance only
 * however many run: pg-boss makes one job per day across instances, on a queue that holds one at
 * a time. A day missed (the server was down at that hour) runs once when it is back; a run that
 * dies half-way runs again, and each reminder is recorded with its mail in one transaction, so
 * none is sent twice (reminder.ts).
 */
import type { Core } from '@strapi/strapi';
import { addDays, association, todayIn } from '@aec/config';
import { serviceOf } from '../../../db';
import { cmsEnv } from '../../../env';
import { startQueue } from '../../../queue';

export const DAILY_RUN = 'relances';

export async function scheduleDailyReminders(strapi: Core.Strapi): Promise<void> {
  const queue = await startQueue(strapi);
  // Woken when its job is made, not at its next poll.
  const settings = { notify: true, retryLimit: 3, retryDelay: 300, retryBackoff: true };
  await queue.createQueue(DAILY_RUN, { policy: 'exclusive', ...settings });
  await queue.updateQueue(DAILY_RUN, settings);
  const when = cmsEnv().REMINDERS_SCHEDULE ?? `0 ${association.reminders.hour} * * *`;
  await queue.schedule(DAILY_RUN, when, null, {
    tz: association.reminders.timezone,
    missed: 'once',
  });
  await queue.work(DAILY_RUN, { pollingIntervalSeconds: 60 }, async () => {
    const reminders = serviceOf(strapi, 'api::reminder.reminder');
    const today = todayIn(association.reminders.timezone);
    await reminders.run(today);
    // Then tomorrow's dry run, for volunteers to check ("Relance prévue demain").
    await reminders.refreshPlan(addDays(today, 1));
  });
}

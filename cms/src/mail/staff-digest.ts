/**
 * Staff are told when something waits, once a day and only then, never one mail per event: the
 * Bénévoles the transfers declared to confirm and the erasure requests to process, the Éditeurs
 * the fiches submitted for review. Counts and links to the filtered lists only: a mail holds no
 * member's data. Sent by one instance (a pg-boss schedule, like the reminders).
 */
import type { Core } from '@strapi/strapi';
import { association } from '@aec/config';
import { absolute, thingsToDo } from '../admin-summary/waiting';
import { startQueue } from '../queue';
import { uids } from '../db';
import { queueMail } from './outbox';
import { mails } from './templates.fr';

export const DAILY_DIGEST = 'nouvelles-du-jour';

/** What each role is told about: the lines of the things it acts on. */
const ROLES: Record<string, string[]> = {
  'aec-benevole': [uids.duesPayment, uids.erasureRequest],
  'aec-editeur': [uids.fiche],
};

/** Queues one mail per active staff member whose role has something waiting; returns how many. */
export async function sendStaffDigests(strapi: Core.Strapi): Promise<number> {
  const lines = (await thingsToDo(strapi)).filter((line) => line.count > 0);
  let sent = 0;
  for (const [code, subjects] of Object.entries(ROLES)) {
    const items = lines
      .filter((line) => subjects.includes(line.subject))
      .map((line) => ({ text: line.text, link: absolute(line) }));
    if (items.length === 0) continue;
    const staff = await strapi.db.query('admin::user').findMany({
      where: { isActive: true, blocked: false, roles: { code } },
      select: ['email'],
    });
    for (const person of staff) {
      await queueMail(strapi, String(person.email), mails.staffDigest({ items }));
      sent += 1;
    }
  }
  return sent;
}

/** Every day at the association's hour, on one instance. */
export async function scheduleStaffDigests(strapi: Core.Strapi): Promise<void> {
  const queue = await startQueue(strapi);
  const settings = { notify: true, retryLimit: 3, retryDelay: 300, retryBackoff: true };
  await queue.createQueue(DAILY_DIGEST, { policy: 'exclusive', ...settings });
  await queue.updateQueue(DAILY_DIGEST, settings);
  await queue.schedule(DAILY_DIGEST, `0 ${association.reminders.hour} * * *`, null, {
    tz: association.reminders.timezone,
    missed: 'once',
  });
  await queue.work(DAILY_DIGEST, { pollingIntervalSeconds: 60 }, async () => {
    await sendStaffDigests(strapi);
  });
}

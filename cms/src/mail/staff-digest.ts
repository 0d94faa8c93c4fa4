/**
 * Staff are told when something waits, once a day and only then, never one mail per event: the
 * Bénévoles the transfers declared to confirm and the erasure requests to process, the Éditeurs
 * the fiches submitted for review. Counts and links to the filtered lists only: a mail holds no
 * member's data. Sent by one instance (a pg-boss schedule, like the reminders).
 */
import type { Core } from '@strapi/strapi';
import { association } from '@aec/config';
import { absolute, thingsToDo } from '../admin-summary/waiting';
import { scheduleOnce } from '../queue';
import { ADMIN_ROLES } from '../bootstrap/admin-roles';
import { queueMail } from './outbox';
import { mailsOf } from './templates.fr';

export const DAILY_DIGEST = 'nouvelles-du-jour';

/** Queues one mail per active staff member whose role has something waiting; returns how many. */
export async function sendStaffDigests(strapi: Core.Strapi): Promise<number> {
  const lines = (await thingsToDo(strapi)).filter((line) => line.count > 0);
  let sent = 0;
  // Each role is told of the lines about what it manages (admin-roles.ts).
  for (const { code, subjects } of ADMIN_ROLES) {
    const items = lines
      .filter((line) => subjects.includes(line.subject))
      .map((line) => ({ text: line.text, link: absolute(line) }));
    if (items.length === 0) continue;
    const staff = await strapi.db.query('admin::user').findMany({
      where: { isActive: true, blocked: false, roles: { code } },
      select: ['email'],
    });
    for (const person of staff) {
      await queueMail(strapi, String(person.email), (await mailsOf(strapi)).staffDigest({ items }));
      sent += 1;
    }
  }
  return sent;
}

/** Every day at the association's hour, on one instance. */
export function scheduleStaffDigests(strapi: Core.Strapi): Promise<void> {
  return scheduleOnce(strapi, DAILY_DIGEST, `0 ${association.reminders.hour} * * *`, () => sendStaffDigests(strapi));
}

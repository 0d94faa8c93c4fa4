/**
 * Staff are told when something waits, once a day and only then, never one mail per event: the
 * Bénévoles the transfers declared to confirm and the erasure requests to process, the Éditeurs
 * the fiches submitted for review. Counts and links to the filtered lists only: a mail holds no
 * member's data. Sent by one instance (a pg-boss schedule, like the reminders).
 */
import type { Core } from '@strapi/strapi';
import { association } from '@aec/config';
import { cmsEnv } from '../env';
import { startQueue } from '../queue';
import { columnOf, tableOf, uids } from '../db';
import { queueMail } from './outbox';
import { mails } from './templates.fr';

export const DAILY_DIGEST = 'nouvelles-du-jour';

const plural = (count: number, one: string, many: string) => `${count} ${count > 1 ? many : one}`;

/** The admin's list of a content type, filtered on one field. */
function listLink(uid: string, field: string, value: string): string {
  const query = new URLSearchParams({ [`filters[$and][0][${field}][$eq]`]: value, page: '1' });
  return `${cmsEnv().CMS_URL}/admin/content-manager/collection-types/${uid}?${query}`;
}

/** What waits for each role, as the lines of its mail. */
async function whatWaits(strapi: Core.Strapi): Promise<Record<string, Array<{ text: string; link: string }>>> {
  const transfers = await strapi.db.query(uids.duesPayment).count({ where: { state: 'declare' } });
  const erasures = await strapi.db.query(uids.erasureRequest).count({ where: { state: 'a-traiter' } });
  // A fiche has a draft row and, once published, another: count the documents.
  const submitted = await strapi.db
    .connection(tableOf(strapi, uids.fiche))
    .countDistinct({ n: columnOf(strapi, uids.fiche, 'documentId') })
    .where(columnOf(strapi, uids.fiche, 'reviewState'), 'soumise');
  const fiches = Number((submitted[0] as { n: string | number } | undefined)?.n ?? 0);
  return {
    'aec-benevole': [
      ...(transfers > 0
        ? [
            {
              text: plural(transfers, 'virement déclaré à confirmer', 'virements déclarés à confirmer'),
              link: listLink(uids.duesPayment, 'state', 'declare'),
            },
          ]
        : []),
      ...(erasures > 0
        ? [
            {
              text: plural(erasures, 'demande d’effacement à traiter', 'demandes d’effacement à traiter'),
              link: listLink(uids.erasureRequest, 'state', 'a-traiter'),
            },
          ]
        : []),
    ],
    'aec-editeur':
      fiches > 0
        ? [
            {
              text: plural(fiches, 'fiche soumise à relire', 'fiches soumises à relire'),
              link: listLink(uids.fiche, 'reviewState', 'soumise'),
            },
          ]
        : [],
  };
}

/** Queues one mail per active staff member whose role has something waiting; returns how many. */
export async function sendStaffDigests(strapi: Core.Strapi): Promise<number> {
  const waiting = await whatWaits(strapi);
  let sent = 0;
  for (const [code, items] of Object.entries(waiting)) {
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

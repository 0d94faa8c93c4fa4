/**
 * The "première connexion" mails of imported members: one at a time, in the background, so
 * that a list of 10,000 members neither floods the SMTP server nor holds the import. What is
 * left to send is kept with each import (not in memory): a restart resumes where it stopped.
 */
import type { Core } from '@strapi/strapi';
import { cmsEnv } from '../../../env';
import { siteLinks } from '../../../mail/site-links';
import { mails } from '../../../mail/templates.fr';
import { sendInBackground } from '../../../mail/outbox';
import { serviceOf, uids } from '../../../db';

// Progress is saved every few mails: after a restart, at most that many are sent twice.
const BATCH = 5;
export const FIRST_LOGIN_LINK_DAYS = 30;

let active: Promise<void> | null = null;
let stopping = false;

/** True when a mail left (or was queued for a retry). */
async function sendOne(strapi: Core.Strapi, userId: number): Promise<boolean> {
  const user = await strapi.db
    .query(uids.user)
    .findOne({ where: { id: userId }, select: ['email', 'password', 'blocked'] });
  // Someone who already chose a password (or was blocked since) needs no such mail.
  if (!user || user.password || user.blocked) return false;
  const profile = await strapi.db.query(uids.memberProfile).findOne({ where: { user: userId }, select: ['firstName'] });
  const site = cmsEnv().SITE_URL;
  const tokens = serviceOf(strapi, 'api::auth-token.auth-token');
  const token = await tokens.issue(userId, 'reset-password', FIRST_LOGIN_LINK_DAYS * 24 * 3600_000);
  const mail = mails.firstLogin({
    firstName: (profile?.firstName as string | undefined) ?? null,
    email: String(user.email),
    link: siteLinks(site).resetPassword(token, { firstLogin: true }),
    validDays: FIRST_LOGIN_LINK_DAYS,
    forgotLink: siteLinks(site).forgotPassword,
  });
  try {
    await strapi
      .plugin('email')
      .service('email')
      .send({ to: user.email, ...mail });
  } catch {
    // The outbox logs the failure and tries again later.
    sendInBackground(strapi, String(user.email), mail);
  }
  return true;
}

async function drain(strapi: Core.Strapi): Promise<void> {
  for (;;) {
    if (stopping) return;
    const record = await strapi.db
      .query(uids.memberImport)
      .findOne({ where: { state: { $ne: 'en_cours' }, mailsPending: { $notNull: true } }, orderBy: { id: 'asc' } });
    const pending = Array.isArray(record?.mailsPending) ? (record.mailsPending as number[]) : null;
    if (!record || !pending) return;
    if (pending.length === 0) {
      await strapi.db.query(uids.memberImport).update({ where: { id: record.id }, data: { mailsPending: null } });
      continue;
    }
    const batch = pending.slice(0, BATCH);
    let sent = 0;
    for (const userId of batch) {
      if (stopping) return;
      const left = await sendOne(strapi, userId).catch((error: Error) => {
        strapi.log.error(`[import] mail : ${error.message}`);
        return false;
      });
      if (left) sent += 1;
    }
    await strapi.db.query(uids.memberImport).update({
      where: { id: record.id },
      data: {
        mailsPending: pending.length > BATCH ? pending.slice(BATCH) : null,
        mailsSent: Number(record.mailsSent ?? 0) + sent,
      },
    });
  }
}

/** Sends what is pending, if it is not already being sent. */
export function startWelcomeMails(strapi: Core.Strapi): Promise<void> {
  stopping = false;
  active ??= drain(strapi)
    .catch((error: Error) => {
      strapi.log.error(`[import] envoi des mails interrompu : ${error.message}`);
    })
    .finally(() => {
      active = null;
    });
  return active ?? Promise.resolve();
}

/** Strapi shutting down: finish the mail in hand, keep the rest for the next start. */
export async function stopWelcomeMails(): Promise<void> {
  stopping = true;
  await active;
}

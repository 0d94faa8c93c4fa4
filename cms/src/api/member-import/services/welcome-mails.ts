/**
 * The « première connexion » mails of imported members: jobs of the mail queue, written in the
 * same transaction as the accounts they welcome (member-import.ts), so that a restart in the
 * middle of an import's mailing neither loses one nor sends one twice. Each mail is built when
 * it leaves, with a link of its own, at the pace the queue keeps (MAIL_PER_SECOND).
 */
import type { Core } from '@strapi/strapi';
import { cmsEnv } from '../../../env';
import { siteLinks } from '../../../mail/site-links';
import { mailsOf } from '../../../mail/templates.fr';
import { pendingMails, queueMailsOfKind, registerMailKind } from '../../../mail/outbox';
import { columnOf, serviceOf, tableOf, uids } from '../../../db';

export const FIRST_LOGIN_LINK_DAYS = 30;
const KIND = 'premiere-connexion';

export function registerWelcomeMails(): void {
  registerMailKind(KIND, {
    label: 'Votre espace membre : première connexion',
    async build(strapi, data) {
      const userId = Number(data.userId);
      const user = await strapi.db
        .query(uids.user)
        .findOne({ where: { id: userId }, select: ['email', 'password', 'blocked'] });
      // Someone who already chose a password (or was blocked since) needs no such mail.
      if (!user || user.password || user.blocked) return null;
      const profile = await strapi.db
        .query(uids.memberProfile)
        .findOne({ where: { user: userId }, select: ['firstName'] });
      const site = cmsEnv().SITE_URL;
      const token = await serviceOf(strapi, 'api::auth-token.auth-token').issue(
        userId,
        'reset-password',
        FIRST_LOGIN_LINK_DAYS * 24 * 3600_000,
      );
      const mail = (await mailsOf(strapi)).firstLogin({
        firstName: (profile?.firstName as string | undefined) ?? null,
        email: String(user.email),
        link: siteLinks(site).resetPassword(token, { firstLogin: true }),
        validDays: FIRST_LOGIN_LINK_DAYS,
        forgotLink: siteLinks(site).forgotPassword,
      });
      return { to: String(user.email), mail };
    },
    async sent(strapi, data) {
      await strapi.db
        .connection(tableOf(strapi, uids.memberImport))
        .where({ id: Number(data.importId) })
        .increment(columnOf(strapi, uids.memberImport, 'mailsSent'), 1);
    },
  });
}

/** Queues the welcome of these new accounts, inside the transaction that creates them. */
export function queueWelcomeMails(
  strapi: Core.Strapi,
  importId: number,
  accounts: Array<{ id: number; email: string }>,
): Promise<void> {
  return queueMailsOfKind(
    strapi,
    KIND,
    // The address shows in « Courriels » while it waits; the mail goes to the account's address then.
    accounts.map((account) => ({ userId: account.id, to: account.email, importId: String(importId) })),
  );
}

/** How many welcome mails of this import have not left yet. */
export function welcomeMailsPending(strapi: Core.Strapi, importId: number): Promise<number> {
  return pendingMails(strapi, KIND, 'importId', String(importId));
}

/**
 * "Mot de passe oublié", the work behind the endpoint. The request is answered before any of
 * this runs, so the answer and its timing are the same for every address; what differs is
 * only the mail, which reaches the address's owner alone.
 */
import type { Core } from '@strapi/strapi';
import { cmsEnv } from '../../env';
import { sendInBackground } from '../../mail/outbox';
import { siteLinks } from '../../mail/site-links';
import { mailsOf } from '../../mail/templates.fr';
import { authTokens } from '../../api/auth-token/services/auth-token';
import { uids } from '../../db';

export const RESET_LINK_LIFETIME_MS = 60 * 60_000;

async function firstNameOf(strapi: Core.Strapi, userId: number): Promise<string | null> {
  const profile = await strapi.db.query(uids.memberProfile).findOne({ where: { user: userId }, select: ['firstName'] });
  return (profile?.firstName as string | undefined) ?? null;
}

export async function handleForgotPassword(strapi: Core.Strapi, email: string): Promise<void> {
  const site = cmsEnv().SITE_URL;
  const user = await strapi.db.query(uids.user).findOne({ where: { email, provider: 'local' } });
  if (!user) {
    sendInBackground(
      strapi,
      email,
      (await mailsOf(strapi)).resetPasswordUnknownAddress({ email, forgotLink: siteLinks(site).forgotPassword }),
    );
    return;
  }
  const firstName = await firstNameOf(strapi, user.id);
  if (user.blocked) {
    sendInBackground(strapi, email, (await mailsOf(strapi)).resetPasswordBlockedAccount({ firstName }));
    return;
  }
  const token = await authTokens(strapi).issue(user.id, 'reset-password', RESET_LINK_LIFETIME_MS);
  const link = siteLinks(site).resetPassword(token);
  sendInBackground(
    strapi,
    email,
    (await mailsOf(strapi)).resetPassword({ firstName, link, validMinutes: RESET_LINK_LIFETIME_MS / 60_000 }),
  );
}

/**
 * Adhérer, the work: a new account (unconfirmed until the address answers), its member
 * record, the acknowledgment mail with a 24-hour single-use link, and a word to the volunteers.
 * An address that already has an account gets a mail saying so, and nothing else happens.
 */
import type { Core } from '@strapi/strapi';
import { association, todayIn, type MemberRecord } from '@aec/config';
import { cmsEnv } from '../../../env';
import { sendInBackground } from '../../../mail/outbox';
import { siteLinks } from '../../../mail/site-links';
import { mailsFor, mailsOf } from '../../../mail/templates.fr';
import { authTokens, type TokenProblem } from '../../auth-token/services/auth-token';
import { profileData } from '../../member-profile/services/profile-data';
import { serviceOf, uids } from '../../../db';
import { checkPasswordInLine, DUMMY_HASH } from '../../../extensions/users-permissions/password-line';

export const CONFIRM_ACCOUNT_LIFETIME_MS = 24 * 60 * 60_000;
const VALID_HOURS = CONFIRM_ACCOUNT_LIFETIME_MS / 3_600_000;

export function confirmAccountLink(token: string): string {
  return `${cmsEnv().SITE_URL}/adherer/confirmer?code=${encodeURIComponent(token)}`;
}

/** Sends a fresh confirmation link (the older one stops working). Used at login by an unconfirmed member. */
export async function sendConfirmationAgain(strapi: Core.Strapi, userId: number, email: string): Promise<void> {
  const token = await authTokens(strapi).issue(userId, 'confirm-account', CONFIRM_ACCOUNT_LIFETIME_MS);
  const profile = await strapi.db.query(uids.memberProfile).findOne({ where: { user: userId }, select: ['firstName'] });
  sendInBackground(
    strapi,
    email,
    (await mailsOf(strapi)).confirmAccountAgain({
      firstName: (profile?.firstName as string | undefined) ?? null,
      link: confirmAccountLink(token),
      validHours: VALID_HOURS,
    }),
  );
}

/** Removes an account that never confirmed its address, with its record and links. */
async function forgetUnconfirmed(strapi: Core.Strapi, userId: number): Promise<void> {
  const profile = await strapi.db
    .query(uids.memberProfile)
    .findOne({ where: { user: { id: userId } }, populate: { secondMember: { select: ['id'] } } });
  if (profile?.secondMember)
    await strapi.db.query(uids.secondMember).delete({ where: { id: profile.secondMember.id } });
  if (profile) await strapi.db.query(uids.memberProfile).delete({ where: { id: profile.id } });
  await strapi.db.query(uids.authToken).deleteMany({ where: { user: { id: userId } } });
  await strapi.db.query(uids.user).delete({ where: { id: userId } });
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async register(record: MemberRecord, password: string): Promise<void> {
    const site = cmsEnv().SITE_URL;
    const { email, ...identity } = record.identifiers;
    const existing = await strapi.db.query(uids.user).findOne({ where: { email }, select: ['id', 'confirmed'] });
    // Never confirmed: nobody has proven this address is theirs. The person who can read its
    // mail may join again; the unproven account and its record make way.
    if (existing && !existing.confirmed) await forgetUnconfirmed(strapi, existing.id as number);
    else if (existing) {
      sendInBackground(
        strapi,
        email,
        (await mailsOf(strapi)).joinAddressTaken({
          email,
          forgotLink: siteLinks(site).forgotPassword,
          loginLink: siteLinks(site).login,
        }),
      );
      return;
    }

    const role = await strapi.db.query(uids.role).findOne({ where: { type: 'authenticated' }, select: ['id'] });
    const joinedOn = todayIn(association.reminders.timezone);
    const created = await strapi.db.transaction(async () => {
      const user = await strapi.plugin('users-permissions').service('user').add({
        username: email,
        email,
        password,
        provider: 'local',
        confirmed: false,
        blocked: false,
        role: role.id,
      });
      const profile = await strapi.documents(uids.memberProfile).create({
        data: { ...profileData(record), user: user.id, joinedOn },
      });
      if (record.secondMember) {
        await strapi.documents(uids.secondMember).create({
          data: { ...record.secondMember, phone: record.secondMember.phone ?? '', profile: profile.documentId },
        });
      }
      return { userId: user.id as number, membershipNumber: (profile.membershipNumber as number | null) ?? null };
    });

    const token = await authTokens(strapi).issue(created.userId, 'confirm-account', CONFIRM_ACCOUNT_LIFETIME_MS);
    sendInBackground(
      strapi,
      email,
      (await mailsOf(strapi)).joinAcknowledgment({
        firstName: identity.firstName,
        email,
        link: confirmAccountLink(token),
        validHours: VALID_HOURS,
      }),
    );
  },

  /** The link from the mail: the address is the member's; the account may now log in. */
  async confirm(
    code: string,
    password: string,
  ): Promise<{ ok: true; userId: number; blocked: boolean } | { ok: false; problem: TokenProblem | 'wrong-password' }> {
    const tokens = authTokens(strapi);
    const checked = await tokens.check(code, 'confirm-account');
    if (!checked.ok) return { ok: false, problem: checked.problem };
    // The link proves the address, the password proves the join: whoever reads the mail confirms
    // only the account they chose the password of, not one someone else made with their address.
    const user = await strapi.db
      .query(uids.user)
      .findOne({ where: { id: checked.userId }, select: ['password', 'blocked'] });
    const hash = typeof user?.password === 'string' ? user.password : DUMMY_HASH;
    if (!(await checkPasswordInLine(password, hash, () => false))) return { ok: false, problem: 'wrong-password' };
    if (!(await tokens.consume(checked.id))) return { ok: false, problem: 'used' };
    await strapi.db.query(uids.user).update({ where: { id: checked.userId }, data: { confirmed: true } });
    // Volunteers hear of a new member once the address is proven, not before.
    const profile = await strapi.db.query(uids.memberProfile).findOne({
      where: { user: { id: checked.userId } },
      populate: { user: { select: ['email'] }, address: true, secondMember: { select: ['id'] } },
    });
    if (profile) {
      const { membershipEmail, identity } = await serviceOf(strapi, uids.associationSetting).current();
      sendInBackground(
        strapi,
        membershipEmail,
        mailsFor(identity).newMemberNotice({
          memberName: `${profile.firstName} ${profile.lastName}`,
          email: String(profile.user?.email ?? ''),
          membershipNumber: (profile.membershipNumber as number | null) ?? null,
          couple: Boolean(profile.secondMember),
          city: String(profile.address?.city ?? ''),
        }),
      );
    }
    return { ok: true, userId: checked.userId, blocked: Boolean(user?.blocked) };
  },
});

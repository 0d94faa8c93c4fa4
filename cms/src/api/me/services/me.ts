import type { Core } from '@strapi/strapi';
import {
  association,
  duesStatus,
  memberAccountSchema,
  todayIn,
  type MemberAccount,
  type PaymentLike,
} from '@aec/config';

/**
 * Builds the member's view of their own data. The output is parsed by MemberAccount, a zod
 * schema shared with the site: an allow-list, so no private field can leak through a populate,
 * whatever the content types gain later, and a broken record fails here rather than on the page.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async account(user: { id: number; email: string }): Promise<MemberAccount | null> {
    const profile = await strapi.documents('api::member-profile.member-profile').findFirst({
      filters: { user: { id: user.id } },
      populate: { address: true, secondMember: true, duesPayments: { sort: ['periodEnd:desc'] } },
    });
    if (!profile) return null;

    const payments = (profile.duesPayments ?? []).map((payment) => ({
      periodStart: String(payment.periodStart),
      periodEnd: String(payment.periodEnd),
      amountCents: Number(payment.amountCents),
      method: payment.method,
      state: payment.state,
      receivedOn: payment.receivedOn ? String(payment.receivedOn) : null,
    }));
    const second = profile.secondMember;

    return memberAccountSchema.parse({
      email: user.email,
      profile: {
        civility: profile.civility,
        firstName: profile.firstName,
        lastName: profile.lastName,
        phone: profile.phone ?? null,
        mobilePhone: profile.mobilePhone ?? null,
        membershipNumber: profile.membershipNumber ?? null,
        transferReference: profile.transferReference ?? null,
        joinedOn: profile.joinedOn ? String(profile.joinedOn) : null,
        consentPublicName: Boolean(profile.consentPublicName),
        consentNewsletter: Boolean(profile.consentNewsletter),
        address: profile.address
          ? {
              line1: profile.address.line1,
              line2: profile.address.line2 ?? null,
              line3: profile.address.line3 ?? null,
              postalCode: profile.address.postalCode,
              city: profile.address.city,
              country: profile.address.country,
            }
          : null,
      },
      secondMember: second
        ? {
            civility: second.civility,
            firstName: second.firstName,
            lastName: second.lastName,
            email: second.email ?? null,
            phone: second.phone ?? null,
          }
        : null,
      dues: {
        status: duesStatus({
          payments: payments as PaymentLike[],
          override: profile.dueDateOverride ? String(profile.dueDateOverride) : null,
          honorary: Boolean(profile.honorary),
          today: todayIn(association.reminders.timezone),
        }),
        payments,
      },
    });
  },
});

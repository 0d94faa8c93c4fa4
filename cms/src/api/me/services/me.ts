import type { Core, Modules } from '@strapi/strapi';
import {
  association,
  duesAmountCents,
  duesStatus,
  memberAccountSchema,
  nextDueDate,
  NO_DUES_STEP,
  nextPeriod,
  shortDateFr,
  todayIn,
  type AssociationSettings,
  type MemberAccount,
  type MemberRecord,
  type PaymentLike,
} from '@aec/config';
import { cmsEnv } from '../../../env';
import { sendInBackground } from '../../../mail/outbox';
import { mailsFor, mailsOf } from '../../../mail/templates.fr';
import { authTokens } from '../../auth-token/services/auth-token';
import { profileData } from '../../member-profile/services/profile-data';
import { columnOf, idsLinkedTo, latestLinkedColumn, listColumn, serviceOf, tableOf, uids } from '../../../db';

export const EMAIL_CHANGE_LIFETIME_MS = 60 * 60_000;

interface Me {
  id: number;
  email: string;
}

/**
 * The member's own data. Every query filters on the user from the token; every answer is
 * parsed by MemberAccount, a zod schema shared with the site: an allow-list, so no private
 * field can leak through a populate, and a broken record fails here rather than on the page.
 */
/** What « Mon compte » shows of a record, and reads of it: nothing more (no note of the volunteers). */
const PROFILE_FIELDS = [
  'id',
  'documentId',
  'civility',
  'firstName',
  'lastName',
  'phone',
  'mobilePhone',
  'membershipNumber',
  'transferReference',
  'joinedOn',
  'consentPublicName',
  'consentNewsletter',
  'honorary',
  'dueDateOverride',
  'importedDueDate',
] as const;
const ADDRESS_FIELDS = ['line1', 'line2', 'line3', 'postalCode', 'city', 'country'] as const;
const SECOND_MEMBER_FIELDS = ['civility', 'firstName', 'lastName', 'email', 'phone'] as const;
const PAYMENT_FIELDS = ['periodStart', 'periodEnd', 'amountCents', 'method', 'state', 'receivedOn'] as const;
const REMINDER_FIELDS = ['sentAt', 'stepKey', 'stepLabel', 'dueDate'] as const;
const CHANGE_FIELDS = ['at', 'actor', 'subject', 'action', 'changes'] as const;
/** How much of its journal « Mon compte » shows: the latest changes. */
const JOURNAL_LENGTH = 10;

type ProfileResult = Modules.Documents.Result<typeof uids.memberProfile>;
type PickKnown<T, K extends string> = Pick<T, Extract<K, keyof T>>;
/** The record as loadProfile reads it: the fields above, its lists with theirs. */
type Profile = PickKnown<ProfileResult, (typeof PROFILE_FIELDS)[number]> & {
  address: PickKnown<
    NonNullable<Modules.Documents.Result<typeof uids.memberProfile, { populate: { address: true } }>['address']>,
    (typeof ADDRESS_FIELDS)[number]
  > | null;
  secondMember: PickKnown<
    Modules.Documents.Result<typeof uids.secondMember>,
    (typeof SECOND_MEMBER_FIELDS)[number]
  > | null;
  // The amount is a custom field, which the generated types leave out.
  duesPayments: Array<
    PickKnown<Modules.Documents.Result<typeof uids.duesPayment>, (typeof PAYMENT_FIELDS)[number]> & {
      amountCents: number;
    }
  >;
  reminders: Array<PickKnown<Modules.Documents.Result<typeof uids.reminder>, (typeof REMINDER_FIELDS)[number]>>;
  /** Only when asked for (« Mon compte »): the latest changes, newest first, checked with the answer. */
  journal?: Array<
    Pick<MemberAccount['changes'][number], 'actor' | 'subject' | 'action'> & { at: string; changes: unknown }
  >;
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const today = () => todayIn(association.reminders.timezone);
  const currentSettings = () => serviceOf(strapi, 'api::association-setting.association-setting').current();

  /**
   * One query for the record and all « Mon compte » shows of it (address, second member,
   * payments, reminders, and its journal when asked), each list a JSON column beside the
   * record's own fields, where Strapi's populate makes a round trip per list; and only the
   * fields the page shows. Member records have no drafts, and a read needs no transaction.
   */
  async function loadProfile(userId: number, options: { journal?: boolean } = {}): Promise<Profile | null> {
    const knex = strapi.db.connection;
    const owner = { uid: uids.memberProfile, alias: 'p' };
    const row = await knex(`${tableOf(strapi, owner.uid)} as p`)
      .select(
        ...PROFILE_FIELDS.map((field) => knex.ref(`p.${columnOf(strapi, owner.uid, field)}`).as(field)),
        listColumn(strapi, knex, owner, 'address', { uid: 'shared.address', fields: ADDRESS_FIELDS }),
        listColumn(strapi, knex, owner, 'secondMember', { uid: uids.secondMember, fields: SECOND_MEMBER_FIELDS }),
        listColumn(strapi, knex, owner, 'duesPayments', {
          uid: uids.duesPayment,
          fields: PAYMENT_FIELDS,
          orderBy: { field: 'periodEnd', direction: 'desc' },
        }),
        listColumn(strapi, knex, owner, 'reminders', {
          uid: uids.reminder,
          fields: REMINDER_FIELDS,
          orderBy: { field: 'sentAt', direction: 'desc' },
        }),
        ...(options.journal
          ? [
              latestLinkedColumn(strapi, knex, owner, 'journal', {
                uid: uids.memberChange,
                attribute: 'profile',
                fields: CHANGE_FIELDS,
                newestBy: 'at',
                limit: JOURNAL_LENGTH,
              }),
            ]
          : []),
      )
      .whereIn('p.id', idsLinkedTo(strapi, knex, owner.uid, 'user', userId))
      .first();
    if (!row) return null;
    const { address, secondMember, ...record } = row as Record<string, unknown> & {
      address: Array<NonNullable<Profile['address']>>;
      secondMember: Array<NonNullable<Profile['secondMember']>>;
    };
    return { ...record, address: address[0] ?? null, secondMember: secondMember[0] ?? null } as Profile;
  }

  type Change = MemberAccount['changes'][number];

  /** The journal of the member's record as « Mon compte » shows it, newest first. */
  function changesOf(profile: Profile): Change[] {
    return (profile.journal ?? []).map((row) => ({
      at: new Date(row.at).toISOString(),
      actor: row.actor,
      subject: row.subject,
      action: row.action,
      fields: Array.isArray(row.changes) ? (row.changes as Change['fields']) : [],
    }));
  }

  function toAccount(user: Me, profile: Profile, settings: AssociationSettings, changes: Change[] = []): MemberAccount {
    const payments = (profile.duesPayments ?? []).map((payment) => ({
      periodStart: String(payment.periodStart),
      periodEnd: String(payment.periodEnd),
      amountCents: Number(payment.amountCents),
      method: payment.method,
      state: payment.state,
      receivedOn: payment.receivedOn ? String(payment.receivedOn) : null,
    }));
    const second = profile.secondMember;
    const status = duesStatus({
      payments: payments as PaymentLike[],
      override: profile.dueDateOverride ? String(profile.dueDateOverride) : null,
      carriedOver: profile.importedDueDate ? String(profile.importedDueDate) : null,
      honorary: Boolean(profile.honorary),
      today: today(),
    });
    const currentDue = status.kind === 'up-to-date' || status.kind === 'overdue' ? status.dueDate : null;
    return memberAccountSchema.parse({
      memberId: user.id,
      email: user.email,
      profile: {
        civility: profile.civility,
        firstName: profile.firstName,
        lastName: profile.lastName,
        phone: profile.phone || null,
        mobilePhone: profile.mobilePhone || null,
        membershipNumber: profile.membershipNumber ?? null,
        transferReference: profile.transferReference ?? null,
        joinedOn: profile.joinedOn ? String(profile.joinedOn) : null,
        consentPublicName: Boolean(profile.consentPublicName),
        consentNewsletter: Boolean(profile.consentNewsletter),
        address: profile.address
          ? {
              line1: profile.address.line1,
              line2: profile.address.line2 || null,
              line3: profile.address.line3 || null,
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
            email: second.email || null,
            phone: second.phone || null,
          }
        : null,
      changes,
      reminders: (profile.reminders ?? []).slice(0, 10).map((reminder) => ({
        sentAt: new Date(String(reminder.sentAt)).toISOString(),
        stepLabel: reminder.stepLabel ?? '',
        // The reminder of a member with no dues is dated by the joining day: no « échéance » to show.
        dueDate: reminder.stepKey === NO_DUES_STEP.key ? null : String(reminder.dueDate),
      })),
      dues: {
        status,
        payments,
        toPay: {
          amountCents: duesAmountCents(settings.dues, Boolean(second)),
          period: nextPeriod(settings.dues.periodRule, currentDue, today()),
          settings,
        },
      },
    });
  }

  async function account(user: Me): Promise<MemberAccount | null> {
    const [profile, settings] = await Promise.all([loadProfile(user.id, { journal: true }), currentSettings()]);
    if (!profile) return null;
    return toAccount(user, profile, settings, changesOf(profile));
  }

  /** Starts a change of login address: nothing changes until the new address confirms. */
  async function requestEmailChange(user: Me, firstName: string, newEmail: string): Promise<void> {
    const site = cmsEnv().SITE_URL;
    const mails = await mailsOf(strapi);
    const taken = await strapi.db.query(uids.user).findOne({ where: { email: newEmail }, select: ['id'] });
    // Same answer to the member either way; the mail to the new address tells the truth.
    if (taken) {
      sendInBackground(strapi, newEmail, mails.emailChangeTaken({ email: newEmail }));
      return;
    }
    const token = await authTokens(strapi).issue(user.id, 'confirm-email-change', EMAIL_CHANGE_LIFETIME_MS, {
      newEmail,
    });
    const link = `${site}/confirmer-adresse?code=${encodeURIComponent(token)}`;
    sendInBackground(strapi, newEmail, mails.emailChangeConfirm({ firstName, link }));
    sendInBackground(strapi, user.email, mails.emailChangeRequested({ firstName, newEmail }));
  }

  return {
    account,

    /** Saves identifiers, address and second member together, in one transaction. */
    async updateProfile(
      user: Me,
      record: MemberRecord,
    ): Promise<{ account: MemberAccount; emailChangePending: boolean } | null> {
      // Only what the save needs; the whole account is read once, after.
      const profile = (await strapi.db.query(uids.memberProfile).findOne({
        where: { user: { id: user.id } },
        select: ['documentId'],
        populate: { secondMember: { select: ['documentId'] } },
      })) as { documentId: string; secondMember?: { documentId: string } | null } | null;
      if (!profile) return null;
      const { email, ...identity } = record.identifiers;

      await strapi.db.transaction(async () => {
        await strapi.documents(uids.memberProfile).update({
          documentId: profile.documentId,
          data: profileData(record),
        });
        const existing = profile.secondMember;
        if (record.secondMember === null && existing) {
          await strapi.documents(uids.secondMember).delete({ documentId: existing.documentId });
        } else if (record.secondMember) {
          // null clears a removed address; Strapi's generated input type only knows undefined ("leave as is").
          const email = (record.secondMember.email ?? null) as string | undefined;
          const data = { ...record.secondMember, email, phone: record.secondMember.phone ?? '' };
          if (existing) await strapi.documents(uids.secondMember).update({ documentId: existing.documentId, data });
          else await strapi.documents(uids.secondMember).create({ data: { ...data, profile: profile.documentId } });
        }
      });

      const emailChangePending = email !== user.email.toLowerCase();
      if (emailChangePending) await requestEmailChange(user, identity.firstName, email);
      const saved = await account(user);
      return saved ? { account: saved, emailChangePending } : null;
    },

    async confirmEmailChange(code: string): Promise<{ ok: true } | { ok: false; reason: string }> {
      const tokens = authTokens(strapi);
      const checked = await tokens.check(code, 'confirm-email-change');
      if (!checked.ok) return { ok: false, reason: `link-${checked.problem}` };
      const newEmail = typeof checked.payload?.newEmail === 'string' ? checked.payload.newEmail : null;
      if (!newEmail) return { ok: false, reason: 'link-invalid' };
      const taken = await strapi.db.query(uids.user).findOne({ where: { email: newEmail }, select: ['id'] });
      if (taken && taken.id !== checked.userId) return { ok: false, reason: 'link-invalid' };
      if (!(await tokens.consume(checked.id))) return { ok: false, reason: 'link-used' };

      const user = await strapi.db.query(uids.user).findOne({ where: { id: checked.userId }, select: ['id', 'email'] });
      await strapi.db
        .query(uids.user)
        .update({ where: { id: checked.userId }, data: { email: newEmail, username: newEmail } });
      const profile = await strapi.db
        .query(uids.memberProfile)
        .findOne({ where: { user: checked.userId }, select: ['firstName'] });
      sendInBackground(
        strapi,
        String(user.email),
        (await mailsOf(strapi)).emailChanged({ firstName: String(profile?.firstName ?? ''), newEmail }),
      );
      return { ok: true };
    },

    /** Records a declared transfer for the next period; one pending declaration at a time. */
    async declareTransfer(user: Me, transferDate: string): Promise<MemberAccount | null> {
      const profile = await loadProfile(user.id);
      if (!profile) return null;
      const pending = (profile.duesPayments ?? []).some((payment) => payment.state === 'declare');
      if (!pending) {
        const payments = (profile.duesPayments ?? []).map(
          (p) => ({ periodEnd: String(p.periodEnd), state: p.state }) as PaymentLike,
        );
        const current = nextDueDate(
          payments,
          profile.dueDateOverride ? String(profile.dueDateOverride) : null,
          profile.importedDueDate ? String(profile.importedDueDate) : null,
        );
        const settings = await currentSettings();
        const period = nextPeriod(settings.dues.periodRule, current, today());
        await strapi.documents(uids.duesPayment).create({
          data: {
            profile: profile.documentId,
            periodStart: period.start,
            periodEnd: period.end,
            amountCents: duesAmountCents(settings.dues, Boolean(profile.secondMember)),
            method: 'virement',
            state: 'declare',
            note: `Virement déclaré par le membre, fait le ${shortDateFr(transferDate)}.`,
          },
        });
      }
      return account(user);
    },

    /** Everything held about the member, readable by a person and by a program. */
    async exportData(user: Me) {
      const current = await account(user);
      if (!current) return null;
      const fiches = await strapi.documents(uids.fiche).findMany({
        filters: { author: { id: user.id } },
        status: 'draft',
        fields: ['title', 'createdAt', 'updatedAt', 'publishedAt', 'reviewState', 'eventDate', 'place', 'period'],
        populate: { rubrique: { fields: ['name'] } },
        sort: ['createdAt:desc'],
        limit: 10_000,
      });
      return {
        exportedAt: new Date().toISOString(),
        association: (await serviceOf(strapi, uids.associationSetting).identity()).name,
        ...current,
        fiches: fiches.map((fiche) => ({
          title: fiche.title,
          rubrique: fiche.rubrique?.name ?? null,
          state: fiche.reviewState,
          createdAt: fiche.createdAt,
          updatedAt: fiche.updatedAt,
          eventDate: fiche.eventDate ?? null,
          place: fiche.place ?? null,
          period: fiche.period ?? null,
        })),
      };
    },

    async requestErasure(user: Me): Promise<void> {
      const current = await account(user);
      const name = current ? `${current.profile.firstName} ${current.profile.lastName}` : user.email;
      const profile = await strapi.db
        .query(uids.memberProfile)
        .findOne({ where: { user: { id: user.id } }, select: ['id'] });
      const pending = profile
        ? await strapi.db
            .query(uids.erasureRequest)
            .count({ where: { profile: { id: profile.id }, state: 'a-traiter' } })
        : 0;
      // One request in the volunteers' list per member, and one mail with it, however many times
      // the button is pressed. An account without a member record (made in the admin) has no
      // list to be in: the association hears of it by mail all the same.
      if (pending > 0) return;
      if (profile) {
        await strapi.db.query(uids.erasureRequest).create({
          data: {
            profile: profile.id,
            memberLabel: `${name} (${user.email})`,
            // Where to tell the member it is done: the account's own address is erased with it.
            replyEmail: user.email,
            requestedAt: new Date(),
            state: 'a-traiter',
          },
        });
      }
      const identity = await serviceOf(strapi, uids.associationSetting).identity();
      sendInBackground(
        strapi,
        identity.contactEmail,
        mailsFor(identity).erasureRequest({
          memberName: name,
          email: user.email,
          membershipNumber: current?.profile.membershipNumber ?? null,
        }),
      );
    },
  };
};

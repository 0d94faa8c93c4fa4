/**
 * Erasing a member (RGPD, article 17), when a volunteer marks the request "traitee": the
 * person's data is replaced or removed everywhere it lives; what the law asks to keep (the dues
 * payments, for the accounts) stays, attached to a record that no longer names anyone.
 */
import crypto from 'node:crypto';
import { factories } from '@strapi/strapi';
import { closeAllSessions } from '../../../extensions/users-permissions/sessions';

const PROFILE = 'api::member-profile.member-profile';

export default factories.createCoreService('api::erasure-request.erasure-request', ({ strapi }) => ({
  async anonymise(profileId: number): Promise<void> {
    const db = strapi.db;
    const profile = await db.query(PROFILE).findOne({
      where: { id: profileId },
      populate: { user: { select: ['id'] }, secondMember: { select: ['id'] }, address: true },
    });
    if (!profile) return;
    const label = `Membre n° ${profile.membershipNumber ?? profile.id}`;
    // Raw statements go through the transaction's own connection (SQLite has only one).
    await db.transaction(async ({ trx: knex }) => {
      if (profile.secondMember)
        await db.query('api::second-member.second-member').delete({ where: { id: profile.secondMember.id } });
      if (profile.address?.id) {
        await knex('components_shared_addresses')
          .where({ id: profile.address.id })
          .update({ line_1: '—', line_2: '', line_3: '', postal_code: '', city: '', country: '' });
      }
      await knex('member_profiles').where({ id: profileId }).update({
        first_name: 'Anonyme',
        last_name: label,
        phone: '',
        mobile_phone: '',
        consent_public_name: false,
        consent_newsletter: false,
        volunteer_note: '',
        account_email: null,
        account_blocked: true,
        to_deactivate: false,
      });
      // The journal and the reminders held former values and addresses: kept as facts, emptied of the person.
      await knex('member_changes')
        .whereIn(
          'id',
          knex('member_changes_profile_lnk').select('member_change_id').where('member_profile_id', profileId),
        )
        .update({ changes: JSON.stringify([]), actor_label: null });
      await knex('erasure_requests')
        .whereIn(
          'id',
          knex('erasure_requests_profile_lnk').select('erasure_request_id').where('member_profile_id', profileId),
        )
        .update({ member_label: label });
      await knex('planned_reminders')
        .whereIn(
          'id',
          knex('planned_reminders_profile_lnk').select('planned_reminder_id').where('member_profile_id', profileId),
        )
        .update({ email: null, member_name: label });
      // A payment's free note may name the person; the amounts and dates stay for the accounts.
      await knex('dues_payments')
        .whereIn(
          'id',
          knex('dues_payments_profile_lnk').select('dues_payment_id').where('member_profile_id', profileId),
        )
        .update({ note: null });
      await knex('reminders')
        .whereIn('id', knex('reminders_profile_lnk').select('reminder_id').where('member_profile_id', profileId))
        .update({ email: null });
      const userId = profile.user?.id as number | undefined;
      if (userId) {
        await knex('fiches')
          .whereIn('id', knex('fiches_author_lnk').select('fiche_id').where('user_id', userId))
          .update({ author_name: 'Membre anonyme', author_display_name: null });
        // Links already mailed (reset, address change, confirmation) must not bring anything back.
        await knex('auth_tokens')
          .whereIn('id', knex('auth_tokens_user_lnk').select('auth_token_id').where('user_id', userId))
          .whereNull('used_at')
          .update({ used_at: new Date() });
        const erased = `efface-${userId}-${crypto.randomBytes(4).toString('hex')}@invalid.example`;
        await knex('up_users')
          .where({ id: userId })
          .update({
            email: erased,
            username: erased,
            password: crypto.randomBytes(32).toString('hex'),
            blocked: true,
            confirmed: false,
          });
      }
    });
    if (profile.user?.id) await closeAllSessions(strapi, profile.user.id as number);
    strapi.log.info(`[effacement] ${label} anonymisé`);
  },
}));

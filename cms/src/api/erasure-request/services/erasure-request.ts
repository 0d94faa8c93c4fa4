/**
 * Erasing a member (RGPD, article 17), when a volunteer marks the request "traitee": the
 * person's data is replaced or removed everywhere it lives; what the law asks to keep (the dues
 * payments, for the accounts) stays, attached to a record that no longer names anyone.
 */
import crypto from 'node:crypto';
import { factories } from '@strapi/strapi';
import { closeAllSessions } from '../../../extensions/users-permissions/sessions';
import { columnOf, columnsOf, idsLinkedTo, tableOf, uids, updateRows } from '../../../db';
import { refreshTitles } from '../../../document-middlewares/entry-titles';

export default factories.createCoreService(uids.erasureRequest, ({ strapi }) => ({
  async anonymise(profileId: number): Promise<void> {
    const db = strapi.db;
    const profile = await db.query(uids.memberProfile).findOne({
      where: { id: profileId },
      populate: { user: { select: ['id'] }, secondMember: { select: ['id'] }, address: true },
    });
    if (!profile) return;
    const label = `Membre n° ${profile.membershipNumber ?? profile.id}`;
    // Raw statements, through the transaction's own connection (SQLite has only one): no
    // lifecycle runs, so erasing the account's password or address sends the member nothing.
    // Table and column names come from Strapi's metadata.
    await db.transaction(async ({ trx: knex }) => {
      const linked = (uid: string, attribute: string, id: number) => idsLinkedTo(strapi, knex, uid, attribute, id);
      const update = (uid: string, ids: number | ReturnType<typeof linked>, data: Record<string, unknown>) =>
        updateRows(strapi, knex, uid, ids, data);
      if (profile.secondMember) await db.query(uids.secondMember).delete({ where: { id: profile.secondMember.id } });
      if (profile.address?.id) {
        await update('shared.address', profile.address.id as number, {
          line1: '—',
          line2: '',
          line3: '',
          postalCode: '',
          city: '',
          country: '',
        });
      }
      await update(uids.memberProfile, profileId, {
        firstName: 'Anonyme',
        lastName: label,
        phone: '',
        mobilePhone: '',
        consentPublicName: false,
        consentNewsletter: false,
        volunteerNote: '',
        accountEmail: null,
        accountBlocked: true,
        toDeactivate: false,
      });
      // The journal and the reminders held former values and addresses: kept as facts, emptied of the person.
      await update(uids.memberChange, linked(uids.memberChange, 'profile', profileId), {
        changes: JSON.stringify([]),
        summary: null,
        actorLabel: null,
      });
      await update(uids.erasureRequest, linked(uids.erasureRequest, 'profile', profileId), { memberLabel: label });
      await update(uids.plannedReminder, linked(uids.plannedReminder, 'profile', profileId), {
        email: null,
        memberName: label,
      });
      // A payment's free note may name the person; the amounts and dates stay for the accounts.
      await update(uids.duesPayment, linked(uids.duesPayment, 'profile', profileId), { note: null });
      // The names the admin shows (« Marie Dupont », « Dupont Marie — 2027 — … ») go with the person.
      await refreshTitles(strapi, { profileIds: [profileId] }, knex);
      await update(uids.reminder, linked(uids.reminder, 'profile', profileId), { email: null });
      const userId = profile.user?.id as number | undefined;
      if (userId) {
        await update(uids.fiche, linked(uids.fiche, 'author', userId), {
          authorName: 'Membre anonyme',
          authorDisplayName: null,
        });
        // Links already mailed (reset, address change, confirmation) must not bring anything back.
        await knex(tableOf(strapi, uids.authToken))
          .whereIn('id', linked(uids.authToken, 'user', userId))
          .whereNull(columnOf(strapi, uids.authToken, 'usedAt'))
          .update(columnsOf(strapi, uids.authToken, { usedAt: new Date() }));
        const erased = `efface-${userId}-${crypto.randomBytes(4).toString('hex')}@invalid.example`;
        await update(uids.user, userId, {
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

/**
 * The member's account, as volunteers see it on the member's record: the login e-mail (to
 * search the members' list by it) and "Compte désactivé" (to filter, and to decide).
 *
 * - A record created for an account copies its e-mail and state.
 * - When the account changes (e-mail confirmed, blocked elsewhere), the record follows.
 * - When a volunteer ticks or unticks "Compte désactivé" on the record, the account follows:
 *   blocked, its sessions are closed at once; unblocked, the member logs in as before.
 *   Blocking is only ever a person's decision: nothing here blocks on its own.
 */
import type { Core } from '@strapi/strapi';
import { closeAllSessions } from '../../../extensions/users-permissions/sessions';
import { afterCommit, columnOf, idsLinkedTo, joinTableOf, tableOf, uids, updateRows } from '../../../db';
import { refreshTitles } from '../../../document-middlewares/entry-titles';

type Account = { id: number; email: string; blocked: boolean | null };

/** Straight to the columns: no document events, no lock held across a transaction. */
async function mirrorOnto(strapi: Core.Strapi, account: Account): Promise<void> {
  const knex = strapi.db.connection;
  const profileIds = (await idsLinkedTo(strapi, knex, uids.memberProfile, 'user', account.id).pluck(
    joinTableOf(strapi, uids.memberProfile, 'user').joinColumn.name,
  )) as number[];
  for (const id of profileIds)
    await updateRows(strapi, knex, uids.memberProfile, id, {
      accountEmail: account.email,
      accountBlocked: Boolean(account.blocked),
    });
  // The members' picker finds them by this address too.
  await refreshTitles(strapi, { profileIds });
}

/** Fills the copy for records that have none yet (first start after an upgrade). */
export async function backfillAccountMirror(strapi: Core.Strapi): Promise<void> {
  const link = joinTableOf(strapi, uids.memberProfile, 'user');
  const rows = (await strapi.db
    .connection(`${link.name} as l`)
    .join(`${tableOf(strapi, uids.memberProfile)} as p`, 'p.id', `l.${link.joinColumn.name}`)
    .join(`${tableOf(strapi, uids.user)} as u`, 'u.id', `l.${link.inverseJoinColumn.name}`)
    .whereNull(`p.${columnOf(strapi, uids.memberProfile, 'accountEmail')}`)
    .select(
      'u.id',
      `u.${columnOf(strapi, uids.user, 'email')} as email`,
      `u.${columnOf(strapi, uids.user, 'blocked')} as blocked`,
    )) as Account[];
  for (const account of rows) await mirrorOnto(strapi, account);
}

/** Copies the linked account onto the record, once the write that linked it is committed. */
async function remirrorOnceCommitted(strapi: Core.Strapi, documentId: string | undefined): Promise<void> {
  if (!documentId) return;
  await afterCommit(strapi, 'fiche membre', async () => {
    const link = joinTableOf(strapi, uids.memberProfile, 'user');
    const profiles = tableOf(strapi, uids.memberProfile);
    const rows = (await strapi.db
      .connection(`${profiles} as p`)
      .leftJoin(`${link.name} as l`, `l.${link.joinColumn.name}`, 'p.id')
      .leftJoin(`${tableOf(strapi, uids.user)} as u`, 'u.id', `l.${link.inverseJoinColumn.name}`)
      .where(`p.${columnOf(strapi, uids.memberProfile, 'documentId')}`, documentId)
      .select(
        'p.id',
        `u.${columnOf(strapi, uids.user, 'email')} as email`,
        `u.${columnOf(strapi, uids.user, 'blocked')} as blocked`,
      )) as Array<{
      id: number;
      email: string | null;
      blocked: boolean | null;
    }>;
    for (const row of rows) {
      await updateRows(strapi, strapi.db.connection, uids.memberProfile, row.id, {
        accountEmail: row.email,
        accountBlocked: Boolean(row.blocked),
      });
    }
    await refreshTitles(strapi, { profileIds: rows.map((row) => row.id) });
  });
}

export function registerAccountMirror(strapi: Core.Strapi): void {
  strapi.db.lifecycles.subscribe({
    models: [uids.user],
    async afterUpdate(event) {
      const result = event.result as Partial<Account> | undefined;
      if (!result?.id || typeof result.email !== 'string') return;
      const account = { id: result.id, email: result.email, blocked: result.blocked ?? false };
      await afterCommit(strapi, 'fiche membre', () => mirrorOnto(strapi, account));
    },
  });

  strapi.documents.use(async (context, next) => {
    if (context.uid !== uids.memberProfile || (context.action !== 'create' && context.action !== 'update'))
      return next();
    const params = context.params as { data?: Record<string, unknown>; documentId?: string };
    const data = params.data ?? {};

    // The e-mail is the account's: a record never sets or changes it by itself.
    delete data.accountEmail;
    const linkedId = typeof data.user === 'number' ? data.user : Number((data.user as { id?: number } | undefined)?.id);

    if (context.action === 'create') {
      if (Number.isInteger(linkedId) && linkedId > 0) {
        const account = (await strapi.db
          .query(uids.user)
          .findOne({ where: { id: linkedId }, select: ['email', 'blocked'] })) as Account | null;
        if (account) {
          data.accountEmail = account.email;
          data.accountBlocked = Boolean(account.blocked);
        }
        return next();
      }
      const created = await next();
      // Linked in the admin panel ({ connect: … }): copy the account once the link exists.
      if (data.user !== undefined)
        await remirrorOnceCommitted(strapi, (created as { documentId?: string } | null)?.documentId);
      return created;
    }

    // The account linked to the record may have changed in the admin panel: the copy follows.
    const linkChanged = data.user !== undefined;
    const blockedGiven = typeof data.accountBlocked === 'boolean' && Boolean(params.documentId);
    if (!linkChanged && !blockedGiven) return next();
    const before = blockedGiven
      ? await strapi.db.query(uids.memberProfile).findOne({
          where: { documentId: params.documentId },
          select: ['accountBlocked'],
          populate: { user: { select: ['id'] } },
        })
      : null;
    const result = await next();
    if (linkChanged) await remirrorOnceCommitted(strapi, params.documentId);
    if (!blockedGiven) return result;
    const userId = before?.user?.id as number | undefined;
    const blocked = data.accountBlocked;
    if (userId && Boolean(before?.accountBlocked) !== blocked) {
      await afterCommit(strapi, 'fiche membre', async () => {
        await strapi.db.query(uids.user).update({ where: { id: userId }, data: { blocked } });
        if (blocked) await closeAllSessions(strapi, userId);
        strapi.log.info(`[fiche membre] compte ${blocked ? 'désactivé' : 'réactivé'} (utilisateur ${userId})`);
      });
    }
    return result;
  });
}

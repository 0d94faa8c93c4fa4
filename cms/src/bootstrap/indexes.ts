/**
 * Indexes Strapi does not create from the schemas, for the lists volunteers and members open
 * most: members by next due date (the overdue list), fiches newest first (a member's list, the
 * latest published), and the session behind each member's request. Idempotent.
 */
import type { Core } from '@strapi/strapi';
import { columnOf, serviceOf, tableOf, uids } from '../db';

/** The statements, with Strapi's own table and column names (read from its metadata). */
function statements(strapi: Core.Strapi) {
  const profiles = tableOf(strapi, uids.memberProfile);
  const dueDate = columnOf(strapi, uids.memberProfile, 'nextDueDate');
  const fiches = tableOf(strapi, uids.fiche);
  const createdAt = columnOf(strapi, uids.fiche, 'createdAt');
  const publishedAt = columnOf(strapi, uids.fiche, 'publishedAt');
  const indexes = [
    // With the id: Strapi's lists always end their order with `id`, and most members share a few
    // due dates (the dues fall due together), so an index on the date alone left PostgreSQL to
    // read and sort every overdue member before it could show ten. This one replaces it.
    'DROP INDEX IF EXISTS member_profiles_next_due_date',
    `CREATE INDEX IF NOT EXISTS member_profiles_next_due_date_id ON ${profiles} (${dueDate}, id)`,
    `CREATE INDEX IF NOT EXISTS fiches_created_at ON ${fiches} (${createdAt} DESC, id DESC)`,
    `CREATE INDEX IF NOT EXISTS fiches_published_newest ON ${fiches} (${publishedAt} DESC, id DESC) WHERE ${publishedAt} IS NOT NULL`,
    // Every member page looks its session up by id; sessions pile up for 30 days.
    `CREATE INDEX IF NOT EXISTS strapi_sessions_session_id ON ${tableOf(strapi, uids.session)} (${columnOf(strapi, uids.session, 'sessionId')})`,
  ];
  /*
   * One account per address, enforced by the database: Strapi checks `unique` in the application
   * only, and two join requests at the same moment would both pass that check.
   */
  const uniqueEmail = `CREATE UNIQUE INDEX IF NOT EXISTS up_users_email_unique ON ${tableOf(strapi, uids.user)} (${columnOf(strapi, uids.user, 'email')})`;
  return { indexes, uniqueEmail };
}

export async function ensureIndexes(strapi: Core.Strapi): Promise<void> {
  const { indexes, uniqueEmail } = statements(strapi);
  for (const statement of indexes) await strapi.db.connection.raw(statement);
  try {
    await strapi.db.connection.raw(uniqueEmail);
  } catch (error) {
    // An older database holding duplicates: the technician must merge them; the site still starts.
    strapi.log.warn(`[index] adresses e-mail en double dans up_users : ${(error as Error).message}`);
  }
  await serviceOf(strapi, 'api::fiche.search').ensureWords();
}

/**
 * Indexes Strapi does not create from the schemas, for the lists volunteers and members open
 * most: members by next due date (the overdue list), fiches newest first (a member's list, the
 * latest published). Idempotent.
 */
import type { Core } from '@strapi/strapi';

const INDEXES = [
  'CREATE INDEX IF NOT EXISTS member_profiles_next_due_date ON member_profiles (next_due_date)',
  'CREATE INDEX IF NOT EXISTS fiches_created_at ON fiches (created_at DESC, id DESC)',
  'CREATE INDEX IF NOT EXISTS fiches_published_newest ON fiches (published_at DESC, id DESC) WHERE published_at IS NOT NULL',
];

export async function ensureIndexes(strapi: Core.Strapi): Promise<void> {
  for (const statement of INDEXES) await strapi.db.connection.raw(statement);
  await (strapi.service('api::fiche.search') as unknown as { ensureIndex: () => Promise<void> }).ensureIndex();
}

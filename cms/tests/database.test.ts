import { describe, expect, it } from 'vitest';
import { useStrapi } from './harness/strapi';

const strapi = useStrapi();

async function rows<T>(sql: string): Promise<T[]> {
  const result = (await strapi.current.strapi.db.connection.raw(sql)) as { rows?: T[] } | T[];
  return Array.isArray(result) ? result : (result.rows ?? []);
}

describe('la base des membres, prête pour les listes les plus ouvertes', () => {
  it('a les index des retards, des fiches d’un membre et des sessions', async () => {
    const names = (await rows<{ name: string }>('SELECT indexname AS name FROM pg_indexes')).map((row) => row.name);
    for (const index of [
      'member_profiles_next_due_date_id',
      'fiches_created_at',
      'fiches_published_newest',
      'strapi_sessions_session_id',
      'up_users_email_unique',
      'fiches_author_lnk_ifk',
    ])
      expect(names, index).toContain(index);
  });

  it('la liste des retards se lit dans l’ordre de l’index, sans rien trier, même quand tous ont la même échéance', async () => {
    // The admin panel's overdue list, as Strapi asks it: by due date, then by id.
    const knex = strapi.current.strapi.db.connection;
    const plan = await knex.transaction(async (trx) => {
      // Forbid the other ways so the plan shows whether the index alone can give this order.
      await trx.raw('SET LOCAL enable_seqscan = off');
      await trx.raw('SET LOCAL enable_sort = off');
      await trx.raw('SET LOCAL enable_incremental_sort = off');
      const result = (await trx.raw(
        `EXPLAIN (FORMAT JSON) SELECT * FROM member_profiles WHERE next_due_date < ? ORDER BY next_due_date ASC, id ASC LIMIT 10`,
        ['2026-01-01'],
      )) as { rows: { 'QUERY PLAN': unknown }[] };
      return JSON.stringify(result.rows[0]?.['QUERY PLAN']);
    });
    expect(plan).toContain('member_profiles_next_due_date_id');
    expect(plan).not.toContain('Sort');
  });

  it('dit à PostgreSQL qu’une lecture par index ne coûte pas plus cher qu’une lecture en séquence (base en mémoire)', async () => {
    const [setting] = await rows<{ random_page_cost: string }>('SHOW random_page_cost');
    expect(setting?.random_page_cost).toBe('1.1');
  });
});

import { describe, expect, it } from 'vitest';
import { seedDemoData } from '../src/bootstrap/demo-data';
import { DEMO_MEMBERS } from '../src/bootstrap/demo-content.fr';
import bootstrapModule from '../src/index';
import { useStrapi } from './harness/strapi';

const strapi = useStrapi();

const COUNTED = [
  'plugin::users-permissions.user',
  'api::member-profile.member-profile',
  'api::second-member.second-member',
  'api::dues-payment.dues-payment',
  'api::rubrique.rubrique',
  'api::fiche.fiche',
  'api::page.page',
  'api::article.article',
  'api::event.event',
  'admin::user',
  'plugin::users-permissions.permission',
] as const;

async function counts(): Promise<Record<string, number>> {
  const entries = await Promise.all(
    COUNTED.map(async (uid) => [uid, await strapi.current.strapi.db.query(uid).count()] as const),
  );
  return Object.fromEntries(entries);
}

describe('les données de démonstration', () => {
  it('créent 4 membres, dont un couple et un compte bloqué, 5 rubriques d’exemple et une douzaine de fiches', async () => {
    const db = strapi.current.strapi.db;
    expect(await db.query('plugin::users-permissions.user').count()).toBe(DEMO_MEMBERS.length);
    expect(await db.query('api::second-member.second-member').count()).toBe(1);
    expect(await db.query('plugin::users-permissions.user').count({ where: { blocked: true } })).toBe(1);
    expect(await db.query('api::rubrique.rubrique').count({ where: { isExample: true } })).toBe(5);
    const fiches = await strapi.current.strapi.documents('api::fiche.fiche').findMany({ status: 'draft', limit: 100 });
    expect(fiches.length).toBeGreaterThanOrEqual(12);
    expect(new Set(fiches.map((fiche) => fiche.reviewState))).toEqual(new Set(['brouillon', 'soumise', 'renvoyee']));
    // The technician's super admin, a Bénévole and an Éditeur.
    for (const email of ['admin@exemple.fr', 'benevole.demo@exemple.fr', 'editeur.demo@exemple.fr']) {
      expect(await db.query('admin::user').count({ where: { email } }), email).toBe(1);
    }
  });

  it('ne sont créées qu’une fois : relancer le démarrage ne change aucun total', async () => {
    const before = await counts();
    expect(await seedDemoData(strapi.current.strapi)).toBe(false);
    await bootstrapModule.bootstrap({ strapi: strapi.current.strapi });
    await bootstrapModule.bootstrap({ strapi: strapi.current.strapi });
    expect(await counts()).toEqual(before);
  });
});

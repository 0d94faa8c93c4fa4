import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useStrapi } from './harness/strapi';

const strapi = useStrapi();

const expected: Record<string, string[]> = {
  'api::member-profile.member-profile': [
    'user',
    'civility',
    'firstName',
    'lastName',
    'phone',
    'mobilePhone',
    'address',
    'membershipNumber',
    'transferReference',
    'joinedOn',
    'consentPublicName',
    'honorary',
    'dueDateOverride',
    'secondMember',
    'duesPayments',
  ],
  'api::second-member.second-member': ['profile', 'civility', 'firstName', 'lastName', 'email', 'phone'],
  'api::dues-payment.dues-payment': [
    'profile',
    'periodStart',
    'periodEnd',
    'amountCents',
    'method',
    'state',
    'receivedOn',
    'note',
  ],
  'api::rubrique.rubrique': ['name', 'slug', 'description', 'order'],
  'api::fiche.fiche': ['title', 'rubrique', 'author', 'body', 'images', 'reviewState', 'moderationComment'],
  'api::page.page': ['title', 'slug', 'body'],
  'api::article.article': ['title', 'date', 'summary', 'body', 'image'],
  'api::event.event': ['title', 'startsAt', 'endsAt', 'place', 'body'],
};

describe('le modèle de données', () => {
  it.each(Object.entries(expected))('%s a ses champs', (uid, fields) => {
    const contentType = strapi.current.strapi.contentType(
      uid as Parameters<typeof strapi.current.strapi.contentType>[0],
    );
    expect(contentType, uid).toBeDefined();
    expect(Object.keys(contentType.attributes)).toEqual(expect.arrayContaining(fields));
  });

  it('les fiches passent par brouillon et publication (modération)', () => {
    expect(strapi.current.strapi.contentType('api::fiche.fiche').options?.draftAndPublish).toBe(true);
  });

  it('les types ont des noms français dans l’admin', () => {
    expect(strapi.current.strapi.contentType('api::member-profile.member-profile').info.displayName).toBe(
      'Fiche membre',
    );
    expect(strapi.current.strapi.contentType('api::second-member.second-member').info.displayName).toBe(
      'Deuxième adhérent',
    );
  });

  it('des membres créés au même moment reçoivent des numéros différents', async () => {
    const documents = strapi.current.strapi.documents('api::member-profile.member-profile');
    const created = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        strapi.current.strapi.db.transaction(() =>
          documents.create({ data: { civility: 'madame', firstName: 'Simultanée', lastName: `N${i}` } }),
        ),
      ),
    );
    const numbers = created.map((profile) => profile.membershipNumber);
    expect(new Set(numbers).size).toBe(8);
    for (const profile of created) await documents.delete({ documentId: profile.documentId });
  });

  it('un numéro donné par une autre instance, pas encore enregistré, n’est jamais redonné', async () => {
    const knex = strapi.current.strapi.db.connection;
    const documents = strapi.current.strapi.documents('api::member-profile.member-profile');
    const highest = Number((await knex('member_profiles').max('membership_number as n').first())?.n ?? 0);
    // Another Strapi process, on the same database, handed out the next 50 numbers in a transaction still open.
    await knex.raw("SELECT setval('aec_membership_numbers', ?)", [highest + 50]);
    const created = await documents.create({ data: { civility: 'madame', firstName: 'Après', lastName: 'Autre' } });
    expect(created.membershipNumber).toBe(highest + 51);
    await documents.delete({ documentId: created.documentId });
  });

  it('chaque membre reçoit un numéro d’adhérent et une référence de virement uniques', async () => {
    const profiles = await strapi.current.strapi.db
      .query('api::member-profile.member-profile')
      .findMany({ select: ['membershipNumber', 'transferReference', 'joinedOn'] });
    expect(profiles.length).toBeGreaterThanOrEqual(4);
    const references = profiles.map((profile) => profile.transferReference as string);
    expect(new Set(references).size).toBe(references.length);
    for (const profile of profiles) {
      expect(profile.transferReference).toMatch(/^AEC-\d{4}-\d{4,}$/);
    }
  });
});

describe('l’administration, en français', () => {
  it('montre aux bénévoles des libellés de champs en français', async () => {
    const service = strapi.current.strapi.plugin('content-manager').service('content-types') as unknown as {
      findContentType: (uid: string) => { uid: string };
      findConfiguration: (ct: { uid: string }) => Promise<{ metadatas: Record<string, { edit: { label: string } }> }>;
    };
    const configuration = await service.findConfiguration(
      service.findContentType('api::member-profile.member-profile'),
    );
    expect(configuration.metadatas.firstName?.edit.label).toBe('Prénom');
    expect(configuration.metadatas.dueDateOverride?.edit.label).toContain('Échéance fixée à la main');
  });
});

describe('les types TypeScript des schémas', () => {
  it('sont ceux que Strapi écrit de nos schémas, jamais retouchés à la main (`strapi ts:generate-types`)', async () => {
    const appDir = path.resolve(__dirname, '..');
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'aec-types-'));
    try {
      // Strapi's own generator, as its CLI calls it, from where @strapi/strapi finds it.
      const fromStrapi = createRequire(require.resolve('@strapi/strapi'));
      const { generators } = fromStrapi('@strapi/typescript-utils') as {
        generators: { generate: (options: Record<string, unknown>) => Promise<void> };
      };
      await generators.generate({
        strapi: strapi.current.strapi,
        pwd: appDir,
        rootDir: path.relative(appDir, out),
        logger: { silent: true },
        artifacts: { contentTypes: true, components: true },
      });
      for (const file of ['contentTypes.d.ts', 'components.d.ts'])
        expect(fs.readFileSync(path.join(appDir, 'types/generated', file), 'utf8'), file).toBe(
          fs.readFileSync(path.join(out, 'generated', file), 'utf8'),
        );
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
});

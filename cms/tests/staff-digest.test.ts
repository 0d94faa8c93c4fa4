/**
 * The staff's daily mail: what waits for each role, counts and links, nothing when nothing waits,
 * and never a member's data (B « un mail quotidien par rôle »).
 */
import path from 'node:path';
import { createRequire } from 'node:module';
import type { Core } from '@strapi/strapi';
import { describe, expect, it } from 'vitest';
import { adminAs } from './harness/admin';
import { useStrapi } from './harness/strapi';

const strapi = useStrapi();
const load = createRequire(import.meta.url);
const { sendStaffDigests } = load(path.resolve(__dirname, '../dist/src/mail/staff-digest.js')) as {
  sendStaffDigests: (strapi: Core.Strapi) => Promise<number>;
};

const VOLUNTEER = 'benevole.nouvelles@exemple.fr';
const EDITOR = 'editeur.nouvelles@exemple.fr';

describe('le mail quotidien des bénévoles et des éditeurs', () => {
  it('dit à chacun ce qui l’attend, en nombres et en liens, sans rien d’un membre', async () => {
    await adminAs(strapi.current, 'aec-benevole', VOLUNTEER);
    await adminAs(strapi.current, 'aec-editeur', EDITOR);
    const db = strapi.current.strapi.db;
    const member = await db.query('api::member-profile.member-profile').findOne({ where: { lastName: 'Martin' } });
    const declared = await strapi.current.strapi.documents('api::dues-payment.dues-payment').create({
      data: {
        profile: member.documentId,
        periodStart: '2040-01-01',
        periodEnd: '2040-12-31',
        amountCents: 4000,
        method: 'virement',
        state: 'declare',
      },
    });
    const fiche = await db.query('api::fiche.fiche').findOne({ where: { reviewState: 'soumise' } });
    expect(fiche).toBeTruthy();
    try {
      strapi.current.inbox.clear();
      expect(await sendStaffDigests(strapi.current.strapi)).toBeGreaterThanOrEqual(2);
      const volunteer = await strapi.current.inbox.waitFor(VOLUNTEER);
      expect(volunteer.subject).toMatch(/^AEC : \d+ virements? déclarés? à confirmer/);
      expect(volunteer.text).toContain('/admin/content-manager/collection-types/api::dues-payment.dues-payment?');
      expect(volunteer.text).toContain('une fois par jour');
      const editor = await strapi.current.inbox.waitFor(EDITOR);
      expect(editor.subject).toMatch(/^AEC : \d+ fiches? soumises? à relire$/);
      expect(editor.text).not.toContain('virement');
      for (const mail of [volunteer, editor]) {
        expect(mail.text).not.toContain('Martin');
        expect(mail.text).not.toContain('@exemple.fr');
      }
    } finally {
      await strapi.current.strapi
        .documents('api::dues-payment.dues-payment')
        .delete({ documentId: declared.documentId });
      // Jean's « virement déclaré » is recomputed after the delete commits: the next file reads it.
      for (let tries = 0; tries < 40; tries += 1) {
        const again = await db.query('api::member-profile.member-profile').findOne({ where: { id: member.id } });
        if (Boolean(again.transferDeclared) === Boolean(member.transferDeclared)) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
  });

  it('n’écrit à personne quand rien n’attend', async () => {
    const db = strapi.current.strapi.db;
    // What waits, set aside for the test: [type, field, waiting, done].
    const waiting: Array<[string, string, string, string]> = [
      ['api::dues-payment.dues-payment', 'state', 'declare', 'confirme'],
      ['api::erasure-request.erasure-request', 'state', 'a-traiter', 'close'],
      ['api::fiche.fiche', 'reviewState', 'soumise', 'brouillon'],
    ];
    const setAside = await Promise.all(
      waiting.map(async ([uid, field, value]) =>
        (await db.query(uid as 'api::fiche.fiche').findMany({ where: { [field]: value } })).map((row) => row.id),
      ),
    );
    const put = async (back: boolean) => {
      for (const [k, [uid, field, value, done]] of waiting.entries()) {
        const ids = setAside[k]!;
        if (ids.length > 0)
          await db
            .query(uid as 'api::fiche.fiche')
            .updateMany({ where: { id: { $in: ids } }, data: { [field]: back ? value : done } });
      }
    };
    await put(false);
    try {
      expect(await sendStaffDigests(strapi.current.strapi)).toBe(0);
    } finally {
      await put(true);
    }
  });
});

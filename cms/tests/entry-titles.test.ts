import { beforeEach, describe, expect, it } from 'vitest';
import { adminAs } from './harness/admin';
import { resetHooks } from './harness/hooks';
import { api } from './harness/http';
import { useStrapi } from './harness/strapi';

const strapi = useStrapi();
beforeEach(() => resetHooks());

const PAYMENTS = '/content-manager/collection-types/api::dues-payment.dues-payment';
const volunteer = () => adminAs(strapi.current, 'aec-benevole', 'benevole.titres@exemple.fr');
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));
const NBSP = /[\s\u00a0\u202f]/g;

describe('ce qui nomme un membre et un paiement dans l’administration', () => {
  it('un paiement enregistré se nomme « Dupont Marie — 2031 — 40,00 € — chèque », le membre « Marie Dupont »', async () => {
    const token = await volunteer();
    const marie = await strapi.current.strapi.db
      .query('api::member-profile.member-profile')
      .findOne({ where: { accountEmail: 'marie.dupont@exemple.fr' } });
    expect(marie.fullName).toBe('Marie Dupont');

    const created = await api<{ data: { documentId: string } }>(strapi.current.baseUrl, PAYMENTS, {
      method: 'POST',
      token,
      body: {
        profile: { connect: [{ documentId: marie.documentId }] },
        periodStart: '2031-01-01',
        periodEnd: '2031-12-31',
        amountCents: 4000,
        method: 'cheque',
        state: 'confirme',
      },
    });
    expect(created.status).toBe(201);
    await settle();
    const read = await api<{ data: { title: string } }>(
      strapi.current.baseUrl,
      `${PAYMENTS}/${created.body.data.documentId}`,
      { token },
    );
    expect(read.body.data.title.replace(NBSP, ' ')).toBe('Dupont Marie — 2031 — 40,00 € — chèque');

    // The picker of « Membre » finds her by her name, her e-mail, her city or her transfer reference.
    for (const typed of ['Marie Dupont', 'marie.dupont@exemple', 'Auxerre', String(marie.transferReference)]) {
      const picker = await api<{ results: Array<{ searchLabel?: string }> }>(
        strapi.current.baseUrl,
        `/content-manager/relations/api::dues-payment.dues-payment/profile?_q=${encodeURIComponent(typed)}&pageSize=50`,
        { token },
      );
      expect(picker.status).toBe(200);
      const labels = picker.body.results.map((result) => result.searchLabel);
      expect(labels, typed).toContain(`Marie Dupont — marie.dupont@exemple.fr — Auxerre — ${marie.transferReference}`);
    }

    // The journal's column of members (the same field as its picker) is her name only.
    const layout = await api<{
      data: {
        contentType: { metadatas: Record<string, { list: { mainField?: string }; edit: { mainField?: string } }> };
      };
    }>(strapi.current.baseUrl, '/content-manager/content-types/api::member-change.member-change/configuration', {
      token,
    });
    expect(layout.body.data.contentType.metadatas.profile?.edit.mainField).toBe('fullName');

    await strapi.current.strapi.documents('api::dues-payment.dues-payment').delete({
      documentId: created.body.data.documentId,
    });
    await settle();
  });

  it('un nom corrigé sur la fiche membre renomme ses paiements', async () => {
    const token = await volunteer();
    const profiles = '/content-manager/collection-types/api::member-profile.member-profile';
    const claire = await strapi.current.strapi.db
      .query('api::member-profile.member-profile')
      .findOne({ where: { accountEmail: 'claire.lefevre@exemple.fr' } });
    const rename = (lastName: string) =>
      api(strapi.current.baseUrl, `${profiles}/${claire.documentId}`, { method: 'PUT', token, body: { lastName } });
    expect((await rename('Lefèvre-Moreau')).status).toBe(200);
    await settle();
    const payments = await strapi.current.strapi.db
      .query('api::dues-payment.dues-payment')
      .findMany({ where: { profile: { id: claire.id } }, select: ['title'] });
    expect(payments.length).toBeGreaterThan(0);
    for (const payment of payments) expect(payment.title).toMatch(/^Lefèvre-Moreau Claire — /);
    const after = await strapi.current.strapi.db
      .query('api::member-profile.member-profile')
      .findOne({ where: { id: claire.id }, select: ['fullName'] });
    expect(after.fullName).toBe('Claire Lefèvre-Moreau');
    await rename('Lefèvre');
    await settle();
  });
});

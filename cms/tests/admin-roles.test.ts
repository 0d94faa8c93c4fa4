import { describe, expect, it } from 'vitest';
import { association, defaultSettings, nextPeriod, todayIn } from '@aec/config';
import { adminAs as adminAsRole } from './harness/admin';
import { api } from './harness/http';
import { useStrapi } from './harness/strapi';

const strapi = useStrapi();

const adminAs = (roleCode: string, email: string) => adminAsRole(strapi.current, roleCode, email);

/** What a new payment from Claire (a couple) proposes: the period after her due date, the couple dues. */
function claireNextPayment(dueDate: string | null) {
  const period = nextPeriod(defaultSettings.dues.periodRule, dueDate, todayIn(association.reminders.timezone));
  return { periodStart: period.start, periodEnd: period.end, amountCents: defaultSettings.dues.coupleCents };
}

const list = (uid: string, token: string) =>
  api(strapi.current.baseUrl, `/content-manager/collection-types/${uid}`, { token });

describe('les rôles de l’administration', () => {
  it('existent une seule fois, même après plusieurs démarrages', async () => {
    const { syncAdminRoles } = await import('../src/bootstrap/admin-roles');
    await syncAdminRoles(strapi.current.strapi);
    for (const code of ['aec-benevole', 'aec-editeur']) {
      expect(await strapi.current.strapi.db.query('admin::role').count({ where: { code } })).toBe(1);
    }
  });

  it('un Éditeur ne lit ni l’adresse d’un membre, ni ses cotisations, ni le compte auteur d’une fiche', async () => {
    const token = await adminAs('aec-editeur', 'editeur@exemple.fr');
    expect((await list('api::member-profile.member-profile', token)).status).toBe(403);
    expect((await list('api::dues-payment.dues-payment', token)).status).toBe(403);
    expect((await list('plugin::users-permissions.user', token)).status).toBe(403);
    const fiches = await list('api::fiche.fiche', token);
    expect(fiches.status).toBe(200);
    expect(JSON.stringify(fiches.body)).not.toContain('@exemple.fr');
    expect((await list('api::page.page', token)).status).toBe(200);
  });

  it('un Éditeur qui ouvre le champ auteur d’une fiche lit « Vous n’avez pas accès », pas une erreur du serveur (B11)', async () => {
    const token = await adminAs('aec-editeur', 'editeur.auteur@exemple.fr');
    const fiche = await strapi.current.strapi.documents('api::fiche.fiche').findFirst({});
    for (const path of [
      '/content-manager/relations/api::fiche.fiche/author',
      `/content-manager/relations/api::fiche.fiche/${fiche?.documentId}/author`,
    ]) {
      const response = await api<{ error?: { message?: string } }>(strapi.current.baseUrl, path, { token });
      expect(response.status).toBe(403);
      expect(response.body.error?.message).toBe('Vous n’avez pas accès à ce champ.');
    }
    // The rubrique of the same fiche stays readable.
    const rubrique = await api(strapi.current.baseUrl, '/content-manager/relations/api::fiche.fiche/rubrique', {
      token,
    });
    expect(rubrique.status).toBe(200);
  });

  it('un Bénévole gère les membres mais ne modifie pas une page', async () => {
    const token = await adminAs('aec-benevole', 'benevole@exemple.fr');
    expect((await list('api::member-profile.member-profile', token)).status).toBe(200);
    expect((await list('api::dues-payment.dues-payment', token)).status).toBe(200);
    expect((await list('api::page.page', token)).status).toBe(403);
    const page = await strapi.current.strapi.documents('api::page.page').findFirst({});
    const update = await api(
      strapi.current.baseUrl,
      `/content-manager/collection-types/api::page.page/${page?.documentId}`,
      {
        method: 'PUT',
        token,
        body: { title: 'Modifiée par un bénévole' },
      },
    );
    expect(update.status).toBe(403);
  });
});

describe('ce qu’un bénévole ne peut pas faire par mégarde', () => {
  it('il ne supprime ni une fiche membre, ni un compte, ni un paiement, ni un modèle de relance (B2)', async () => {
    const token = await adminAs('aec-benevole', 'benevole.suppression@exemple.fr');
    const documents = strapi.current.strapi.documents;
    const targets: Array<[string, string | undefined]> = [
      [
        'api::member-profile.member-profile',
        (await documents('api::member-profile.member-profile').findFirst({}))?.documentId,
      ],
      ['api::dues-payment.dues-payment', (await documents('api::dues-payment.dues-payment').findFirst({}))?.documentId],
      [
        'api::reminder-template.reminder-template',
        (await documents('api::reminder-template.reminder-template').findFirst({}))?.documentId,
      ],
    ];
    for (const [uid, documentId] of targets) {
      expect(documentId).toBeTruthy();
      const attempt = await api(strapi.current.baseUrl, `/content-manager/collection-types/${uid}/${documentId}`, {
        method: 'DELETE',
        token,
      });
      expect(attempt.status).toBe(403);
      expect(await documents(uid as 'api::page.page').findOne({ documentId: documentId! })).not.toBeNull();
    }
    const account = await strapi.current.strapi.db.query('plugin::users-permissions.user').findOne({});
    const attempt = await api(
      strapi.current.baseUrl,
      `/content-manager/collection-types/plugin::users-permissions.user/${account.documentId}`,
      { method: 'DELETE', token },
    );
    expect(attempt.status).toBe(403);
  });

  it('un paiement sans membre, ou de « 40 » (40 centimes), est refusé avec la raison à côté du champ (B8)', async () => {
    const token = await adminAs('aec-benevole', 'benevole.paiements@exemple.fr');
    const base = '/content-manager/collection-types/api::dues-payment.dues-payment';
    const member = await strapi.current.strapi.documents('api::member-profile.member-profile').findFirst({});
    const payment = { periodStart: '2031-01-01', periodEnd: '2031-12-31', method: 'cheque', state: 'confirme' };
    const post = (body: Record<string, unknown>) =>
      api<{
        data?: { documentId: string };
        error?: { message: string; details?: { errors?: Array<{ path: string[] }> } };
      }>(strapi.current.baseUrl, base, { method: 'POST', token, body });
    const noMember = await post({ ...payment, amountCents: 4000, profile: { connect: [], disconnect: [] } });
    expect(noMember.status).toBe(400);
    expect(noMember.body.error?.message).toContain('Choisissez le membre qui a payé');
    expect(noMember.body.error?.details?.errors?.[0]?.path).toEqual(['profile']);
    const cents = await post({
      ...payment,
      amountCents: 40,
      profile: { connect: [{ documentId: member?.documentId }] },
    });
    expect(cents.status).toBe(400);
    expect(cents.body.error?.message).toContain('au moins 1,00 €');
    const right = await post({
      ...payment,
      amountCents: 4000,
      profile: { connect: [{ documentId: member?.documentId }] },
    });
    expect(right.status).toBe(201);
    await strapi.current.strapi
      .documents('api::dues-payment.dues-payment')
      .delete({ documentId: right.body.data!.documentId });
    // The member's due date is recomputed after the delete commits: the next file reads it.
    const profiles = strapi.current.strapi.db.query('api::member-profile.member-profile');
    for (let tries = 0; tries < 40; tries += 1) {
      const again = await profiles.findOne({ where: { documentId: member?.documentId } });
      if (String(again.nextDueDate) === String(member?.nextDueDate)) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });

  it('« Enregistrer un paiement » laissé sans période ni montant propose la période qui suit la dernière et la cotisation du membre', async () => {
    const token = await adminAs('aec-benevole', 'benevole.paiements@exemple.fr');
    const claire = await strapi.current.strapi.db
      .query('api::member-profile.member-profile')
      .findOne({ where: { accountEmail: 'claire.lefevre@exemple.fr' } });
    const created = await api<{
      data: { documentId: string; periodStart: string; periodEnd: string; amountCents: number };
    }>(strapi.current.baseUrl, '/content-manager/collection-types/api::dues-payment.dues-payment', {
      method: 'POST',
      token,
      body: { profile: { connect: [{ documentId: claire.documentId }] }, method: 'cheque', state: 'declare' },
    });
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject(claireNextPayment(claire.nextDueDate));
    // Emptied afterwards: refused, with the reason beside the field.
    const emptied = await api<{ error: { details: { errors: Array<{ path: string[] }> } } }>(
      strapi.current.baseUrl,
      `/content-manager/collection-types/api::dues-payment.dues-payment/${created.body.data.documentId}`,
      { method: 'PUT', token, body: { periodEnd: null } },
    );
    expect(emptied.status).toBe(400);
    expect(emptied.body.error.details.errors[0]?.path).toEqual(['periodEnd']);
    await strapi.current.strapi
      .documents('api::dues-payment.dues-payment')
      .delete({ documentId: created.body.data.documentId });
    await new Promise((resolve) => setTimeout(resolve, 300));
  });

  it('le formulaire d’un paiement lit la même proposition dès que le membre est choisi ; l’Éditeur ne la lit pas', async () => {
    const token = await adminAs('aec-benevole', 'benevole.paiements@exemple.fr');
    const claire = await strapi.current.strapi.db
      .query('api::member-profile.member-profile')
      .findOne({ where: { accountEmail: 'claire.lefevre@exemple.fr' } });
    const proposal = (member: string, as = token) =>
      api<{ data: Record<string, unknown> }>(
        strapi.current.baseUrl,
        `/payments/proposal?member=${encodeURIComponent(member)}`,
        { token: as },
      );
    const read = await proposal(claire.documentId);
    expect(read.status).toBe(200);
    expect(read.body.data).toEqual({ ...claireNextPayment(claire.nextDueDate), couple: true });
    expect((await proposal('inconnu')).status).toBe(404);
    const editor = await adminAs('aec-editeur', 'editeur.paiements@exemple.fr');
    expect((await proposal(claire.documentId, editor)).status).toBe(403);
    expect((await api(strapi.current.baseUrl, `/payments/proposal?member=${claire.documentId}`)).status).toBe(401);
  });

  it('les champs calculés (prochaine échéance, virement déclaré, à désactiver) se lisent sans se modifier (B9)', async () => {
    const token = await adminAs('aec-benevole', 'benevole.calcules@exemple.fr');
    const configuration = await api<{
      data: { contentType: { metadatas: Record<string, { edit: { editable?: boolean } }> } };
    }>(strapi.current.baseUrl, '/content-manager/content-types/api::member-profile.member-profile/configuration', {
      token,
    });
    expect(configuration.status).toBe(200);
    const metadatas = configuration.body.data.contentType.metadatas;
    for (const field of ['nextDueDate', 'transferDeclared', 'toDeactivate'])
      expect(metadatas[field]?.edit.editable).toBe(false);
    expect(metadatas.lastName?.edit.editable).not.toBe(false);
  });
});

describe('un bénévole confirme un virement déclaré', () => {
  it('l’échéance du membre avance aussitôt sur « Mon compte »', async () => {
    const { loginAs } = await import('./harness/http');
    const member = await loginAs(strapi.current.baseUrl, 'jean.martin@exemple.fr');
    const declared = await api<{ data: { dues: { status: { kind: string } } } }>(
      strapi.current.baseUrl,
      '/api/me/dues/declarations',
      {
        method: 'POST',
        token: member,
        body: { transferDate: '2026-11-20' },
      },
    );
    expect(declared.body.data.dues.status.kind).toBe('overdue');
    const token = await adminAs('aec-benevole', 'benevole@exemple.fr');
    const payment = await strapi.current.strapi.db
      .query('api::dues-payment.dues-payment')
      .findOne({ where: { state: 'declare', profile: { user: { email: 'jean.martin@exemple.fr' } } } });
    const confirmed = await api(
      strapi.current.baseUrl,
      `/content-manager/collection-types/api::dues-payment.dues-payment/${payment.documentId}`,
      {
        method: 'PUT',
        token,
        body: { state: 'confirme', receivedOn: '2026-11-22' },
      },
    );
    expect(confirmed.status).toBe(200);
    const account = await api<{ data: { dues: { status: { kind: string } } } }>(
      strapi.current.baseUrl,
      '/api/me/account',
      { token: member },
    );
    expect(account.body.data.dues.status.kind).toBe('up-to-date');

    // Jean is the demo's overdue member for the other files: his payment goes, his due date comes back.
    await strapi.current.strapi.documents('api::dues-payment.dues-payment').delete({ documentId: payment.documentId });
    for (let tries = 0; tries < 40; tries += 1) {
      const again = await api<{ data: { dues: { status: { kind: string } } } }>(
        strapi.current.baseUrl,
        '/api/me/account',
        { token: member },
      );
      if (again.body.data.dues.status.kind === 'overdue') break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });
});

describe('la relecture des fiches', () => {
  it('l’Éditeur voit le nom de l’auteur des fiches soumises, jamais son compte ; le public ne voit le nom qu’avec son accord', async () => {
    const token = await adminAs('aec-editeur', 'editeur@exemple.fr');
    const list = await api<{
      results: Array<{ title: string; authorName?: string; reviewState?: string; author?: unknown }>;
    }>(
      strapi.current.baseUrl,
      '/content-manager/collection-types/api::fiche.fiche?filters[$and][0][reviewState][$eq]=soumise',
      { token },
    );
    expect(list.status).toBe(200);
    const jean = list.body.results.find((fiche) => fiche.title === 'Bibliographie des faïences nivernaises');
    expect(jean?.authorName).toBe('Jean Martin');
    expect(jean?.author).toBeUndefined();
    const publicJson = JSON.stringify((await api(strapi.current.baseUrl, '/api/fiches?pagination[pageSize]=100')).body);
    expect(publicJson).not.toContain('Jean Martin');
    expect(publicJson).not.toContain('authorName');
  });

  it('une fiche publiée quitte la file « Soumise » : elle se lit « Publiée », et « Brouillon » si elle est retirée (B5)', async () => {
    const fiches = strapi.current.strapi.documents('api::fiche.fiche');
    const rubrique = await strapi.current.strapi.documents('api::rubrique.rubrique').findFirst({});
    const draft = await fiches.create({
      data: {
        title: 'Une fiche à relire pour la file',
        rubrique: rubrique?.documentId,
        reviewState: 'soumise',
      } as never,
    });
    const rows = strapi.current.strapi.db.query('api::fiche.fiche');
    const states = async () =>
      (await rows.findMany({ where: { documentId: draft.documentId }, select: ['reviewState'] })).map(
        (row) => row.reviewState,
      );
    const until = async (wanted: string) => {
      for (let tries = 0; tries < 50; tries += 1) {
        const now = await states();
        if (now.length > 0 && now.every((state) => state === wanted)) return now;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return states();
    };
    try {
      await fiches.publish({ documentId: draft.documentId });
      expect(await until('publiee')).toEqual(['publiee', 'publiee']);
      const token = await adminAs('aec-editeur', 'editeur.file@exemple.fr');
      const queue = await api<{ results: Array<{ documentId: string }> }>(
        strapi.current.baseUrl,
        '/content-manager/collection-types/api::fiche.fiche?filters[$and][0][reviewState][$eq]=soumise',
        { token },
      );
      expect(queue.body.results.map((fiche) => fiche.documentId)).not.toContain(draft.documentId);
      await fiches.unpublish({ documentId: draft.documentId });
      expect(await until('brouillon')).toEqual(['brouillon']);
    } finally {
      await fiches.delete({ documentId: draft.documentId });
    }
  });
});

describe('ce que l’éditeur écrit', () => {
  it('une page enregistrée avec l’adresse proposée d’office (« page ») prend celle de son titre (B6)', async () => {
    const token = await adminAs('aec-editeur', 'editeur.adresses@exemple.fr');
    const base = '/content-manager/collection-types/api::page.page';
    const created: string[] = [];
    try {
      for (const [title, slug, expected] of [
        ['Histoire de la faïence de Gien', 'page', 'histoire-de-la-faience-de-gien'],
        ['Les émaux de Longwy', 'page-3', 'les-emaux-de-longwy'],
        ['Page 2', 'page-2', 'page-2'],
        ['Statuts de l’association', 'statuts', 'statuts'],
      ] as const) {
        const response = await api<{ data: { documentId: string; slug: string } }>(strapi.current.baseUrl, base, {
          method: 'POST',
          token,
          body: { title, slug },
        });
        expect(response.status).toBe(201);
        created.push(response.body.data.documentId);
        expect(response.body.data.slug).toBe(expected);
      }
    } finally {
      for (const documentId of created) await strapi.current.strapi.documents('api::page.page').delete({ documentId });
    }
  });
});

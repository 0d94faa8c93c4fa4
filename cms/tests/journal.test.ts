import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminAs } from './harness/admin';
import { api, loginSession } from './harness/http';
import { useStrapi } from './harness/strapi';

const strapi = useStrapi();
const EMAIL = 'journal.membre@exemple.fr';
const PASSWORD = 'Journal-Ceramique-2026';
let userId: number;
let profileDocumentId: string;

interface Change {
  actor: string;
  actorLabel: string;
  subject: string;
  action: string;
  changes: Array<{ field: string; before: string | null; after: string | null }>;
  summary: string | null;
}

const entries = async (): Promise<Change[]> =>
  (await strapi.current.strapi.db.query('api::member-change.member-change').findMany({
    where: { profile: { documentId: profileDocumentId } },
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
  })) as Change[];

const record = (phone: string, secondMember: unknown = null) => ({
  identifiers: { email: EMAIL, civility: 'madame', firstName: 'Jeanne', lastName: 'Journal', phone },
  address: { line1: '1 rue du Registre', postalCode: '89000', city: 'Auxerre', country: 'France' },
  secondMember,
});

beforeAll(async () => {
  const role = await strapi.current.strapi.db
    .query('plugin::users-permissions.role')
    .findOne({ where: { type: 'authenticated' } });
  const user = await strapi.current.strapi.plugin('users-permissions').service('user').add({
    username: EMAIL,
    email: EMAIL,
    password: PASSWORD,
    provider: 'local',
    confirmed: true,
    blocked: false,
    role: role.id,
  });
  userId = user.id;
  const profile = await strapi.current.strapi.documents('api::member-profile.member-profile').create({
    data: {
      civility: 'madame',
      firstName: 'Jeanne',
      lastName: 'Journal',
      phone: '03 86 00 00 01',
      user: user.id,
      address: record('').address,
    },
  });
  profileDocumentId = profile.documentId;
});

afterAll(async () => {
  const db = strapi.current.strapi.db;
  const profile = await db
    .query('api::member-profile.member-profile')
    .findOne({ where: { documentId: profileDocumentId }, populate: { secondMember: true, duesPayments: true } });
  if (profile?.secondMember)
    await db.query('api::second-member.second-member').delete({ where: { id: profile.secondMember.id } });
  for (const payment of profile?.duesPayments ?? [])
    await db.query('api::dues-payment.dues-payment').delete({ where: { id: payment.id } });
  await db
    .query('api::member-change.member-change')
    .deleteMany({ where: { profile: { documentId: profileDocumentId } } });
  await db.query('api::member-profile.member-profile').delete({ where: { documentId: profileDocumentId } });
  await db.query('plugin::users-permissions.user').delete({ where: { id: userId } });
});

describe('le journal des modifications d’un membre', () => {
  it('note ce que le membre change lui-même : quoi, avant, après', async () => {
    const { jwt } = await loginSession(strapi.current.baseUrl, EMAIL, { password: PASSWORD });
    const saved = await api(strapi.current.baseUrl, '/api/me/profile', {
      method: 'PUT',
      token: jwt,
      body: { data: record('03 86 00 00 02', { civility: 'monsieur', firstName: 'Jacques', lastName: 'Journal' }) },
    });
    expect(saved.status).toBe(200);
    const [second, profile] = await entries();
    expect(profile).toMatchObject({ actor: 'membre', subject: 'fiche-membre', action: 'modification' });
    expect(profile?.changes).toEqual([{ field: 'phone', before: '03 86 00 00 01', after: '03 86 00 00 02' }]);
    expect(second).toMatchObject({ actor: 'membre', subject: 'deuxieme-adherent', action: 'creation' });
  });

  it('note le bénévole, par son nom, quand il confirme une cotisation ou désactive le compte', async () => {
    const token = await adminAs(strapi.current, 'aec-benevole', 'benevole.journal@exemple.fr');
    const payment = await strapi.current.strapi.documents('api::dues-payment.dues-payment').create({
      data: {
        profile: profileDocumentId,
        periodStart: '2026-01-01',
        periodEnd: '2026-12-31',
        amountCents: 6000,
        method: 'virement',
        state: 'declare',
      },
    });
    const confirmed = await api(
      strapi.current.baseUrl,
      `/content-manager/collection-types/api::dues-payment.dues-payment/${payment.documentId}`,
      { method: 'PUT', token, body: { state: 'confirme', receivedOn: '2026-11-20' } },
    );
    expect(confirmed.status).toBe(200);
    // The admin's copy of the due date follows, once the change and its journal entry are saved.
    await expect
      .poll(
        async () =>
          (
            await strapi.current.strapi.db
              .query('api::member-profile.member-profile')
              .findOne({ where: { documentId: profileDocumentId }, select: ['nextDueDate'] })
          )?.nextDueDate,
        { timeout: 3000 },
      )
      .toBe('2026-12-31');
    const blocked = await api(
      strapi.current.baseUrl,
      `/content-manager/collection-types/api::member-profile.member-profile/${profileDocumentId}`,
      { method: 'PUT', token, body: { accountBlocked: true } },
    );
    expect(blocked.status).toBe(200);

    const [account, dues, created] = await entries();
    expect(account).toMatchObject({ actor: 'benevole', subject: 'fiche-membre' });
    expect(account?.actorLabel).toContain('benevole.journal@exemple.fr');
    expect(account?.changes).toEqual([{ field: 'accountBlocked', before: 'false', after: 'true' }]);
    expect(dues).toMatchObject({ actor: 'benevole', subject: 'cotisation', action: 'modification' });
    expect(dues?.changes).toEqual(
      expect.arrayContaining([
        { field: 'state', before: 'declare', after: 'confirme' },
        { field: 'receivedOn', before: null, after: '2026-11-20' },
      ]),
    );
    // The volunteers' list reads it as a sentence, in their words.
    expect(dues?.summary).toContain('État : Déclaré → Confirmé');
    expect(dues?.summary).toContain('Reçu le : — → 20/11/2026');
    expect(account?.summary).toMatch(/^Compte désactivé.* : Non → Oui$/);
    // Created outside any request: the system.
    expect(created).toMatchObject({ actor: 'systeme', subject: 'cotisation', action: 'creation' });
  });

  it('si son entrée au journal ne peut pas être écrite, la modification du bénévole n’est pas enregistrée', async () => {
    const token = await adminAs(strapi.current, 'aec-benevole', 'benevole.journal@exemple.fr');
    let failing = true;
    strapi.current.strapi.db.lifecycles.subscribe({
      models: ['api::member-change.member-change'],
      beforeCreate() {
        if (failing) throw new Error('panne simulée du journal');
      },
    });
    try {
      const edited = await api(
        strapi.current.baseUrl,
        `/content-manager/collection-types/api::member-profile.member-profile/${profileDocumentId}`,
        { method: 'PUT', token, body: { mobilePhone: '06 00 00 00 09' } },
      );
      expect(edited.status).toBeGreaterThanOrEqual(400);
    } finally {
      failing = false;
    }
    const profile = await strapi.current.strapi.db
      .query('api::member-profile.member-profile')
      .findOne({ where: { documentId: profileDocumentId } });
    expect(profile.mobilePhone).not.toBe('06 00 00 00 09');
  });

  it('le membre voit les modifications de sa fiche sur « Mon compte »', async () => {
    await strapi.current.strapi.db
      .query('plugin::users-permissions.user')
      .update({ where: { id: userId }, data: { blocked: false } });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const { jwt } = await loginSession(strapi.current.baseUrl, EMAIL, { password: PASSWORD });
    const account = await api<{ data: { changes: Array<{ actor: string; subject: string }> } }>(
      strapi.current.baseUrl,
      '/api/me/account',
      { token: jwt },
    );
    expect(account.body.data.changes.map((change) => `${change.actor} ${change.subject}`)).toEqual([
      'benevole fiche-membre',
      'benevole cotisation',
      'systeme cotisation',
      'membre deuxieme-adherent',
      'membre fiche-membre',
      'systeme fiche-membre',
    ]);
  });

  it('« Mon compte » en montre les dix dernières, la plus récente en premier, même écrites dans le désordre', async () => {
    const db = strapi.current.strapi.db;
    const profile = await db
      .query('api::member-profile.member-profile')
      .findOne({ where: { documentId: profileDocumentId }, select: ['id'] });
    // Twelve changes from the year 2040, written newest-first then oldest-first.
    const days = [12, 1, 11, 2, 10, 3, 9, 4, 8, 5, 7, 6];
    for (const day of days)
      await db.query('api::member-change.member-change').create({
        data: {
          profile: profile.id,
          at: new Date(Date.UTC(2040, 0, day, 9)),
          actor: 'benevole',
          actorLabel: `Essai ${day}`,
          subject: 'cotisation',
          action: 'modification',
          changes: [{ field: 'jour', before: null, after: String(day) }],
        },
      });
    const { jwt } = await loginSession(strapi.current.baseUrl, EMAIL, { password: PASSWORD });
    const account = await api<{ data: { changes: Array<{ at: string; fields: Array<{ after: string | null }> }> } }>(
      strapi.current.baseUrl,
      '/api/me/account',
      { token: jwt },
    );
    const shown = account.body.data.changes;
    expect(shown.map((change) => change.fields[0]?.after)).toEqual([
      '12',
      '11',
      '10',
      '9',
      '8',
      '7',
      '6',
      '5',
      '4',
      '3',
    ]);
    expect(shown[0]?.at).toBe(new Date(Date.UTC(2040, 0, 12, 9)).toISOString());
  });
});

describe('l’effacement des données, demandé depuis « Mon compte »', () => {
  it('apparaît dans la liste des bénévoles ; traité, il anonymise le membre et garde ses paiements', async () => {
    const db = strapi.current.strapi.db;
    const { jwt } = await loginSession(strapi.current.baseUrl, EMAIL, { password: PASSWORD });
    expect(
      (await api(strapi.current.baseUrl, '/api/me/erasure-request', { method: 'POST', token: jwt, body: {} })).status,
    ).toBe(200);
    await api(strapi.current.baseUrl, '/api/me/erasure-request', { method: 'POST', token: jwt, body: {} });
    const requests = await db
      .query('api::erasure-request.erasure-request')
      .findMany({ where: { profile: { documentId: profileDocumentId } } });
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ state: 'a-traiter', replyEmail: EMAIL });

    const token = await adminAs(strapi.current, 'aec-benevole', 'benevole.journal@exemple.fr');
    const path = `/content-manager/collection-types/api::erasure-request.erasure-request/${requests[0]!.documentId}`;
    // Irreversible: not without the box ticked (B10).
    const unconfirmed = await api<{ error?: { message: string } }>(strapi.current.baseUrl, path, {
      method: 'PUT',
      token,
      body: { state: 'traitee' },
    });
    expect(unconfirmed.status).toBe(400);
    expect(unconfirmed.body.error?.message).toContain('Je confirme l’effacement définitif');
    expect(
      (await db.query('api::member-profile.member-profile').findOne({ where: { documentId: profileDocumentId } }))
        .firstName,
    ).not.toBe('Anonyme');
    const processed = await api(strapi.current.baseUrl, path, {
      method: 'PUT',
      token,
      body: { state: 'traitee', confirmErasure: true },
    });
    expect(processed.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 500));

    const profile = await db.query('api::member-profile.member-profile').findOne({
      where: { documentId: profileDocumentId },
      populate: { user: true, address: true, secondMember: true, duesPayments: true },
    });
    expect(profile.firstName).toBe('Anonyme');
    expect(profile.lastName).toMatch(/^Membre n° \d+$/);
    expect(profile.phone).toBe('');
    expect(profile.address.city).toBe('');
    expect(profile.secondMember).toBeNull();
    expect(profile.user.email).not.toContain('journal');
    expect(profile.user.blocked).toBe(true);
    // The accounts keep their payments.
    expect(profile.duesPayments.length).toBeGreaterThan(0);
    const text = JSON.stringify(await entries());
    expect(text).not.toContain('03 86 00 00');
    expect(text).not.toContain('Jacques');
    // Nor the names the admin shows for the member and the payments.
    expect(profile.fullName).toMatch(/^Anonyme Membre n° \d+$/);
    expect(profile.searchLabel).not.toMatch(/@|Auxerre|Jeanne|Journal/);
    for (const payment of profile.duesPayments) expect(payment.title).toMatch(/^Membre n° \d+ Anonyme — /);
    // The old address and password no longer open anything.
    const login = await api(strapi.current.baseUrl, '/api/auth/local', {
      method: 'POST',
      body: { identifier: EMAIL, password: PASSWORD },
    });
    expect(login.status).toBe(400);

    // The volunteer still has the address to answer the member; closed, it goes too.
    const request = () =>
      db.query('api::erasure-request.erasure-request').findOne({ where: { documentId: requests[0]!.documentId } });
    expect((await request()).replyEmail).toBe(EMAIL);
    expect((await api(strapi.current.baseUrl, path, { method: 'PUT', token, body: { state: 'close' } })).status).toBe(
      200,
    );
    expect(await request()).toMatchObject({ state: 'close', replyEmail: null });
  });
});

describe('un effacement qui échoue', () => {
  it('se voit dans la liste des bénévoles : « echec » et sa raison, jamais « traitee » ; remis à « traitee », il réessaie', async () => {
    const db = strapi.current.strapi.db;
    // Through the document service, as a volunteer would: the record gets its number and reference.
    const profile = await strapi.current.strapi
      .documents('api::member-profile.member-profile')
      .create({ data: { civility: 'madame', firstName: 'Irène', lastName: 'Panne', joinedOn: '2020-01-01' } });
    const request = await db.query('api::erasure-request.erasure-request').create({
      data: {
        profile: profile.id,
        requestedAt: new Date(),
        memberLabel: 'Irène Panne',
        state: 'a-traiter',
        confirmErasure: true,
      },
    });
    const service = strapi.current.strapi.service('api::erasure-request.erasure-request') as unknown as {
      anonymise: (id: number) => Promise<void>;
    };
    const anonymise = service.anonymise;
    service.anonymise = () => Promise.reject(new Error('la base a refusé l’écriture'));
    const token = await adminAs(strapi.current, 'aec-benevole', 'benevole.panne@exemple.fr');
    const path = `/content-manager/collection-types/api::erasure-request.erasure-request/${request.documentId}`;
    try {
      expect(
        (await api(strapi.current.baseUrl, path, { method: 'PUT', token, body: { state: 'traitee' } })).status,
      ).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 300));
      const failed = await db.query('api::erasure-request.erasure-request').findOne({ where: { id: request.id } });
      expect(failed).toMatchObject({ state: 'echec', failureReason: 'la base a refusé l’écriture' });
    } finally {
      service.anonymise = anonymise;
    }
    expect((await api(strapi.current.baseUrl, path, { method: 'PUT', token, body: { state: 'traitee' } })).status).toBe(
      200,
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    const retried = await db.query('api::erasure-request.erasure-request').findOne({ where: { id: request.id } });
    expect(retried).toMatchObject({ state: 'traitee', failureReason: null });
    const erased = await db.query('api::member-profile.member-profile').findOne({ where: { id: profile.id } });
    expect(erased.firstName).toBe('Anonyme');
  });
});

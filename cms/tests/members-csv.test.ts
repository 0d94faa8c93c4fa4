import { afterAll, beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import type { ImportPreview, ImportProgress } from '@aec/config';
import { adminAs as adminAsRole } from './harness/admin';
import { api, loginSession } from './harness/http';
import { testHooks } from './harness/hooks';
import { useStrapi } from './harness/strapi';

const strapi = useStrapi();
const DOMAIN = '@import.exemple.fr';

const adminAs = (roleCode: string, email: string) => adminAsRole(strapi.current, roleCode, email);
// One login for the file: the admin's own login is rate-limited.
let volunteerToken: Promise<string> | undefined;
const volunteer = () => (volunteerToken ??= adminAs('aec-benevole', 'benevole@exemple.fr'));

async function upload<T>(path: string, token: string, csv: string, fields: Record<string, string> = {}) {
  const form = new FormData();
  form.append('file', new Blob([csv], { type: 'text/csv' }), 'membres.csv');
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  const response = await fetch(`${strapi.current.baseUrl}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  return { status: response.status, body: (await response.json()) as T };
}

/** Polls the import until it is done; returns every progress seen on the way. */
async function waitForImport(token: string, id: number): Promise<ImportProgress[]> {
  const seen: ImportProgress[] = [];
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const progress = await api<ImportProgress>(strapi.current.baseUrl, `/members-csv/import/${id}`, { token });
    expect(progress.status).toBe(200);
    seen.push(progress.body);
    if (progress.body.state !== 'en_cours') return seen;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('import toujours en cours après 2 minutes');
}

const HEAD = 'N° d’adhérent;Civilité;Prénom;Nom;E-mail;Adresse;Code postal;Ville;Prochaine échéance';

/** The test's members leave with it: the next test files count demo members only. */
async function removeImported(): Promise<void> {
  const knex = strapi.current.strapi.db.connection;
  const profiles = () => knex('member_profiles').select('id').where('account_email', 'like', `%${DOMAIN}`);
  const users = () => knex('up_users').select('id').where('email', 'like', `%${DOMAIN}`);
  await knex('dues_payments')
    .whereIn('id', knex('dues_payments_profile_lnk').select('dues_payment_id').whereIn('member_profile_id', profiles()))
    .del();
  await knex('member_changes')
    .whereIn(
      'id',
      knex('member_changes_profile_lnk').select('member_change_id').whereIn('member_profile_id', profiles()),
    )
    .del();
  await knex('components_shared_addresses')
    .whereIn('id', knex('member_profiles_cmps').select('cmp_id').whereIn('entity_id', profiles()))
    .del();
  await knex('auth_tokens')
    .whereIn('id', knex('auth_tokens_user_lnk').select('auth_token_id').whereIn('user_id', users()))
    .del();
  await knex('member_profiles').whereIn('id', profiles()).del();
  await knex('up_users').whereIn('id', users()).del();
  await knex('member_imports').del();
}

afterAll(async () => {
  if (strapi.current) await removeImported();
});

beforeEach(async () => {
  await testHooks().resetRateLimits();
});

describe('export CSV des membres', () => {
  it('un bénévole télécharge les colonnes choisies, en UTF-8 avec BOM, accents compris', async () => {
    const token = await volunteer();
    const response = await fetch(
      `${strapi.current.baseUrl}/members-csv/export?columns=city,lastName,firstName,email,status&audience=tous`,
      { headers: { authorization: `Bearer ${token}` } },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    expect(response.headers.get('content-disposition')).toMatch(
      /attachment; filename="membres-aec-\d{4}-\d{2}-\d{2}\.csv"/,
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).split('\r\n');
    expect(lines[0]).toBe('Prénom;Nom;E-mail;Ville;Situation');
    expect(lines.some((line) => line.startsWith('Claire;Lefèvre;claire.lefevre@exemple.fr;'))).toBe(true);
    expect(lines.find((line) => line.includes('jean.martin@'))).toMatch(/En retard/);
  });

  it('« en retard » ne garde que les membres dont l’échéance est dépassée', async () => {
    const token = await volunteer();
    const response = await api<string>(strapi.current.baseUrl, '/members-csv/export?columns=email&audience=en-retard', {
      token,
    });
    expect(response.status).toBe(200);
    expect(response.body).toContain('jean.martin@exemple.fr');
    expect(response.body).toContain('henri.moreau@exemple.fr');
    expect(response.body).not.toContain('marie.dupont@exemple.fr');
  });

  it('la trésorière télécharge les paiements d’une année : date, membre, période, montant, moyen, état, référence', async () => {
    const token = await volunteer();
    const year = new Date().getFullYear() - 1;
    const response = await fetch(`${strapi.current.baseUrl}/members-csv/payments?year=${year}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="paiements-aec-${year}.csv"`);
    const lines = (await response.text()).replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('Date;Membre;Période;Montant (€);Moyen;État;Référence');
    // Marie's dues of last year, received last year (demo data).
    const marie = lines.find((line) => line.includes(';Dupont Marie;'));
    expect(marie).toMatch(
      new RegExp(`^\\d{2}/\\d{2}/${year};Dupont Marie;01/01/${year} – 31/12/${year};40,00;\\S+;confirmé;AEC-`),
    );
    expect(Number(response.headers.get('x-payments-count'))).toBe(lines.filter(Boolean).length - 1);

    const editor = await adminAs('aec-editeur', 'editeur@exemple.fr');
    expect((await api(strapi.current.baseUrl, `/members-csv/payments?year=${year}`, { token: editor })).status).toBe(
      403,
    );
    expect((await api(strapi.current.baseUrl, '/members-csv/payments?year=deux-mille', { token })).status).toBe(400);
  });

  it('une colonne inconnue (un mot de passe, par exemple) est refusée', async () => {
    const token = await volunteer();
    const response = await api(strapi.current.baseUrl, '/members-csv/export?columns=password', { token });
    expect(response.status).toBe(400);
  });

  it('le Super Admin (le technicien de l’association) peut aussi exporter', async () => {
    const login = await api<{ data: { token: string } }>(strapi.current.baseUrl, '/admin/login', {
      method: 'POST',
      body: { email: 'admin@exemple.fr', password: 'Admin-AEC-demo-2026' },
    });
    const response = await api(strapi.current.baseUrl, '/members-csv/export?columns=email', {
      token: login.body.data.token,
    });
    expect(response.status).toBe(200);
  });

  it('un Éditeur et un visiteur ne peuvent ni exporter ni importer', async () => {
    const editor = await adminAs('aec-editeur', 'editeur@exemple.fr');
    for (const token of [editor, undefined]) {
      const exported = await api(strapi.current.baseUrl, '/members-csv/export?columns=email', {
        ...(token ? { token } : {}),
      });
      expect([401, 403]).toContain(exported.status);
      expect(JSON.stringify(exported.body)).not.toContain('@exemple.fr');
    }
    const imported = await upload(
      '/members-csv/import',
      editor,
      `${HEAD}\n;Mme;Ève;Pirate;eve${DOMAIN};1 rue;89000;Auxerre;`,
    );
    expect(imported.status).toBe(403);
    expect(
      await strapi.current.strapi.db
        .query('plugin::users-permissions.user')
        .count({ where: { email: `eve${DOMAIN}` } }),
    ).toBe(0);
  });
});

describe('import CSV d’une liste de membres', () => {
  const file = [
    HEAD,
    `;Madame;Odile;Faure;odile.faure${DOMAIN};12 rue des Potiers;89000;Auxerre;31/12/2027`,
    `;M.;René;Garnier;rene.garnier${DOMAIN};3 place du Marché;58000;Nevers;`,
    `;Mme;Lucie;Bonnet;LUCIE.BONNET${DOMAIN};8 quai Voltaire;75007;Paris;`,
    `;Mme;Sans;Adresse;sans.adresse${DOMAIN};;8900;Auxerre;`,
    `;Mme;Marie;Dupont;marie.dupont@exemple.fr;1 rue;89000;Auxerre;`,
  ].join('\r\n');

  it('l’essai à blanc donne, ligne par ligne, ce qui serait créé, ignoré ou refusé, sans rien écrire', async () => {
    const token = await volunteer();
    const users = () => strapi.current.strapi.db.query('plugin::users-permissions.user').count({});
    const before = await users();
    const check = await upload<ImportPreview>('/members-csv/import/check', token, file);
    expect(check.status).toBe(200);
    expect(check.body).toMatchObject({
      lines: 5,
      toCreate: 3,
      skipped: [{ line: 6, email: 'marie.dupont@exemple.fr' }],
    });
    expect(check.body.problems).toEqual([
      { line: 5, column: 'Adresse', message: expect.any(String) },
      { line: 5, column: 'Code postal', message: 'Un code postal français compte 5 chiffres, par exemple 89000.' },
    ]);
    expect(await users()).toBe(before);
  });

  it('l’import crée les comptes sans mot de passe ; chacun reçoit le mail de première connexion et choisit le sien', async () => {
    const token = await volunteer();
    strapi.current.inbox.clear();
    const started = await upload<{ id: number }>('/members-csv/import', token, file);
    expect(started.status).toBe(202);
    const seen = await waitForImport(token, started.body.id);
    expect(seen.at(-1)).toMatchObject({ state: 'termine', created: 3 });

    const profile = await strapi.current.strapi.db.query('api::member-profile.member-profile').findOne({
      where: { accountEmail: `odile.faure${DOMAIN}` },
      populate: { user: true, address: true, duesPayments: true },
    });
    expect(profile).toMatchObject({
      civility: 'madame',
      lastName: 'Faure',
      nextDueDate: '2027-12-31',
      address: { line1: '12 rue des Potiers', city: 'Auxerre', country: 'France' },
      user: { email: `odile.faure${DOMAIN}`, password: null, confirmed: true, blocked: false },
      // The former list's due date is kept as such: no payment of 40 € that nobody received.
      importedDueDate: '2027-12-31',
      duesPayments: [],
    });
    expect(profile.membershipNumber).toBeGreaterThan(0);
    expect(profile.transferReference).toMatch(/^AEC-\d{4}-\d{4,}$/);
    const journal = await strapi.current.strapi.db
      .query('api::member-change.member-change')
      .findMany({ where: { profile: profile.id } });
    expect(journal).toEqual([expect.objectContaining({ actor: 'benevole', action: 'creation' })]);
    expect(journal[0].actorLabel).toContain('import CSV');

    // The mails leave one by one, after the import.
    const deadline = Date.now() + 15_000;
    while (strapi.current.inbox.messages().length < 3 && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 100));
    const mails = strapi.current.inbox.messages();
    expect(
      mails
        .map((mail) => mail.to)
        .flat()
        .sort(),
    ).toEqual([`lucie.bonnet${DOMAIN}`, `odile.faure${DOMAIN}`, `rene.garnier${DOMAIN}`].sort());
    const odile = mails.find((mail) => mail.to.includes(`odile.faure${DOMAIN}`))!;
    expect(odile.subject).toContain('première connexion');
    expect(odile.text).toContain(`Votre identifiant est votre adresse e-mail : odile.faure${DOMAIN}`);
    const code = decodeURIComponent(/reinitialiser-mot-de-passe\?code=([A-Za-z0-9_%-]+)/.exec(odile.text)![1]!);

    // Before choosing a password, no password opens the account, and the answer says nothing more.
    await testHooks().resetRateLimits();
    const refused = await api(strapi.current.baseUrl, '/api/auth/local', {
      method: 'POST',
      body: { identifier: `odile.faure${DOMAIN}`, password: '' },
    });
    expect(refused.status).toBe(400);

    const chosen = await api(strapi.current.baseUrl, '/api/auth/reset-password', {
      method: 'POST',
      body: { code, password: 'Faience-de-Nevers-1789', passwordConfirmation: 'Faience-de-Nevers-1789' },
    });
    expect(chosen.status).toBe(200);
    const session = await loginSession(strapi.current.baseUrl, `odile.faure${DOMAIN}`, {
      password: 'Faience-de-Nevers-1789',
    });
    const me = await api<{ data: { dues: { status: { kind: string } } } }>(strapi.current.baseUrl, '/api/me/account', {
      token: session.jwt,
    });
    expect(me.body.data.dues.status.kind).toBe('up-to-date');
  });

  it('importer deux fois le même fichier ne crée personne deux fois', async () => {
    const token = await volunteer();
    const count = () =>
      strapi.current.strapi.db
        .query('plugin::users-permissions.user')
        .count({ where: { email: { $endsWith: DOMAIN } } });
    const before = await count();
    const again = await upload<{ id: number; preview: ImportPreview }>('/members-csv/import', token, file, {
      welcomeMails: 'false',
    });
    expect(again.status).toBe(202);
    expect(again.body.preview).toMatchObject({ toCreate: 0 });
    expect(again.body.preview.skipped).toHaveLength(4);
    const seen = await waitForImport(token, again.body.id);
    expect(seen.at(-1)).toMatchObject({ state: 'termine', created: 0 });
    expect(await count()).toBe(before);
  });

  it('chaque import est gardé et se lit dans l’administration (sans s’y modifier), jamais par un Éditeur', async () => {
    const token = await volunteer();
    const base = '/content-manager/collection-types/api::member-import.member-import';
    const list = await api<{ results: Array<{ documentId: string; fileName: string; created: number }> }>(
      strapi.current.baseUrl,
      base,
      { token },
    );
    expect(list.status).toBe(200);
    expect(list.body.results.map((row) => [row.fileName, row.created])).toEqual(
      expect.arrayContaining([
        ['membres.csv', 3],
        ['membres.csv', 0],
      ]),
    );
    const changed = await api(strapi.current.baseUrl, `${base}/${list.body.results[0]!.documentId}`, {
      method: 'PUT',
      token,
      body: { created: 999 },
    });
    expect(changed.status).toBe(403);
    const configuration = await api<{ data: { contentType: { settings: { mainField: string } } } }>(
      strapi.current.baseUrl,
      '/content-manager/content-types/api::member-import.member-import/configuration',
      { token },
    );
    expect(configuration.body.data.contentType.settings.mainField).toBe('fileName');
    const editor = await adminAs('aec-editeur', 'editeur@exemple.fr');
    expect((await api(strapi.current.baseUrl, base, { token: editor })).status).toBe(403);
  });

  it('deux bénévoles qui lancent un import au même instant : un seul part, l’autre est prié d’attendre', async () => {
    const imports = strapi.current.strapi.service('api::member-import.member-import') as unknown as {
      start: (input: Record<string, unknown>) => Promise<{ id?: number; busy?: true }>;
    };
    const input = { text: file, fileName: 'membres.csv', actorLabel: 'test', welcomeMails: false };
    // Both pressed before either answers: the second must not slip in while the first reads its file.
    const [first, second] = await Promise.all([imports.start(input), imports.start(input)]);
    expect(first.id).toBeGreaterThan(0);
    expect(second).toEqual({ busy: true });
    await waitForImport(await volunteer(), first.id!);
  });

  it('l’échéance reprise de l’ancien fichier n’invente aucun paiement, et le premier paiement enregistré la remplace', async () => {
    const token = await volunteer();
    const email = `reprise.echeance${DOMAIN}`;
    const csv = [HEAD, `;Mme;Rose;Reprise;${email};4 rue des Tuiliers;89000;Auxerre;31/12/2026`].join('\r\n');
    const started = await upload<{ id: number }>('/members-csv/import', token, csv, { welcomeMails: 'false' });
    await waitForImport(token, started.body.id);
    const profiles = strapi.current.strapi.db.query('api::member-profile.member-profile');
    const imported = await profiles.findOne({ where: { accountEmail: email }, populate: { duesPayments: true } });
    expect(imported).toMatchObject({ nextDueDate: '2026-12-31', importedDueDate: '2026-12-31', duesPayments: [] });
    // As Strapi's own: a first digit would be read as a row id when a payment names this member.
    expect(imported.documentId).toMatch(/^[a-z][a-z0-9]{23}$/);

    // The test's member leaves with it: the next test counts this domain's members.
    onTestFinished(async () => {
      const db = strapi.current.strapi.db;
      await db.query('api::dues-payment.dues-payment').deleteMany({ where: { profile: imported.id } });
      await profiles.delete({ where: { id: imported.id } });
      await db.query('plugin::users-permissions.user').delete({ where: { email } });
    });
    await strapi.current.strapi.documents('api::dues-payment.dues-payment').create({
      data: {
        profile: imported.documentId,
        periodStart: '2027-01-01',
        periodEnd: '2027-12-31',
        amountCents: 4000,
        method: 'cheque',
        state: 'confirme',
      },
    });
    let due: unknown;
    for (let tries = 0; tries < 50 && due !== '2027-12-31'; tries += 1) {
      due = (await profiles.findOne({ where: { id: imported.id }, select: ['nextDueDate'] }))?.nextDueDate;
      if (due !== '2027-12-31') await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(due).toBe('2027-12-31');
  });

  it('10 000 lignes, dont des lignes fausses : rapport de l’essai à blanc, puis import en moins d’une minute avec sa progression', async () => {
    const token = await volunteer();
    const lines = [HEAD];
    for (let n = 1; n <= 10_000; n += 1) {
      const bad = n % 1000 === 0;
      lines.push(
        [
          '',
          n % 2 ? 'Madame' : 'Monsieur',
          'Prénom',
          `Grand-Fichier${n % 7 === 0 ? ' d’Auxerre' : ''}`,
          bad ? `ligne-${n}-sans-arobase` : `membre.${n}${DOMAIN}`,
          `${n} rue de la Faïencerie`,
          n % 1500 === 0 ? 'ABCDE' : '89000',
          'Auxerre',
          n % 3 ? '31/12/2026' : '',
        ].join(';'),
      );
    }
    const csv = lines.join('\r\n');

    const check = await upload<ImportPreview>('/members-csv/import/check', token, csv);
    expect(check.status).toBe(200);
    expect(check.body.lines).toBe(10_000);
    // Lines 1001, 2001, …: a bad address; lines 1501, 3001, …: a postal code of letters (line = n + 1).
    expect(check.body.problems).toContainEqual({
      line: 1001,
      column: 'E-mail',
      message: expect.stringMatching(/adresse e-mail/i),
    });
    expect(check.body.problems).toContainEqual({ line: 1501, column: 'Code postal', message: expect.any(String) });
    const rejected = new Set(check.body.problems.map((p) => p.line)).size;
    expect(rejected).toBe(10 + 6 - 3); // 3000, 6000, 9000 are both
    expect(check.body.toCreate).toBe(10_000 - rejected);

    const started = Date.now();
    const run = await upload<{ id: number }>('/members-csv/import', token, csv, { welcomeMails: 'false' });
    expect(run.status).toBe(202);
    const seen = await waitForImport(token, run.body.id);
    const seconds = (Date.now() - started) / 1000;
    expect(seen.at(-1)).toMatchObject({ state: 'termine', created: 10_000 - rejected });
    expect(seconds).toBeLessThan(60);
    // While it runs, the page can show how far it got (lines done out of the total), never going back.
    // (On a fast machine the import may be over before the first look.)
    const running = seen.filter((p) => p.state === 'en_cours');
    expect(running.every((p) => p.total === 10_000 - rejected && p.done <= p.total)).toBe(true);
    const done = seen.map((p) => p.done);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    console.info(`import de ${10_000 - rejected} membres : ${seconds.toFixed(1)} s`);

    const db = strapi.current.strapi.db;
    expect(
      await db.query('api::member-profile.member-profile').count({ where: { accountEmail: { $endsWith: DOMAIN } } }),
    ).toBe(10_000 - rejected + 3);
    const numbers = await db
      .connection('member_profiles')
      .countDistinct({ n: 'membership_number' })
      .where('account_email', 'like', `%${DOMAIN}`);
    expect(Number(numbers[0]!.n)).toBe(10_000 - rejected + 3);
    // Every record written starts its documentId with a letter, as Strapi's own do.
    for (const table of ['member_profiles', 'up_users', 'member_changes']) {
      const leadingDigit = await db.connection(table).count({ n: '*' }).where('document_id', '~', '^[0-9]');
      expect(Number(leadingDigit[0]!.n)).toBe(0);
    }
  }, 180_000);
});

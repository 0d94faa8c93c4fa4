import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { defaultSettings, messages, type Identity, type MemberAccount } from '@aec/config';
import { adminAs } from './harness/admin';
import { resetHooks } from './harness/hooks';
import { api, loginAs, type StrapiErrorBody } from './harness/http';
import { sqlDuring } from './harness/sql';
import { useStrapi } from './harness/strapi';

const strapi = useStrapi();
beforeEach(() => resetHooks());

const SETTINGS = '/content-manager/single-types/api::association-setting.association-setting';

type SettingsBody = { data: Record<string, unknown> & { coupleCents: number; iban: string } };

const volunteer = () => adminAs(strapi.current, 'aec-benevole', 'benevole.reglages@exemple.fr');
const editor = () => adminAs(strapi.current, 'aec-editeur', 'editeur.reglages@exemple.fr');

async function change(token: string, data: Record<string, unknown>) {
  const current = await api<SettingsBody>(strapi.current.baseUrl, SETTINGS, { token });
  const { id: _id, documentId: _d, createdAt: _c, updatedAt: _u, publishedAt: _p, ...fields } = current.body.data;
  return api<SettingsBody & StrapiErrorBody>(strapi.current.baseUrl, SETTINGS, {
    method: 'PUT',
    token,
    body: { ...fields, ...data },
  });
}

const FIRST_IDENTITY = {
  associationName: defaultSettings.identity.name,
  shortName: defaultSettings.identity.shortName,
  foundedIn: String(defaultSettings.identity.foundedIn),
  contactEmail: defaultSettings.identity.contactEmail,
  officeAddressLines: defaultSettings.identity.office.lines.join('\n'),
  officePostalCode: defaultSettings.identity.office.postalCode,
  officeCity: defaultSettings.identity.office.city,
};

// Other files read the settings: they go back to the first start's values.
afterAll(async () => {
  await change(await volunteer(), {
    ...FIRST_IDENTITY,
    coupleCents: defaultSettings.dues.coupleCents,
    iban: defaultSettings.bank.iban,
    otherDues: [],
  });
});

describe('« Réglages de l’association », tenus par les bénévoles', () => {
  it('partent, au premier démarrage, des valeurs par défaut de l’association', async () => {
    const read = await api<SettingsBody>(strapi.current.baseUrl, SETTINGS, { token: await volunteer() });
    expect(read.status).toBe(200);
    expect(read.body.data.iban).toBe(defaultSettings.bank.iban);
    expect(read.body.data.individualCents).toBe(defaultSettings.dues.individualCents);
  });

  it('le montant couple changé par la bénévole se voit aussitôt sur « Payer votre cotisation » d’un couple, sur « Adhérer », et au journal', async () => {
    const token = await volunteer();
    const saved = await change(token, {
      coupleCents: 7200,
      otherDues: [{ label: 'Membre bienfaiteur', amountCents: 15000 }],
    });
    expect(saved.status).toBe(200);

    const jwt = await loginAs(strapi.current.baseUrl, 'claire.lefevre@exemple.fr');
    const account = await api<{ data: MemberAccount }>(strapi.current.baseUrl, '/api/me/account', { token: jwt });
    expect(account.body.data.dues.toPay.amountCents).toBe(7200);
    expect(account.body.data.dues.toPay.settings.dues.others).toEqual([
      { label: 'Membre bienfaiteur', amountCents: 15000 },
    ]);

    const dues = await api<{ data: Record<string, unknown> }>(strapi.current.baseUrl, '/api/reglages/cotisations');
    expect(dues.status).toBe(200);
    expect(dues.body.data.coupleCents).toBe(7200);
    // The public answer carries the amounts, never the bank details.
    expect(JSON.stringify(dues.body)).not.toContain('FR76');

    const entry = await strapi.current.strapi.db.query('api::member-change.member-change').findOne({
      where: { subject: 'reglages' },
      orderBy: { id: 'desc' },
    });
    expect(entry.actor).toBe('benevole');
    expect(entry.actorLabel).toContain('benevole.reglages@exemple.fr');
    expect(entry.changes).toContainEqual({ field: 'coupleCents', before: '6000', after: '7200' });
  });

  it('un IBAN dont un chiffre a été mal recopié est refusé, avec la raison à côté du champ, et rien ne change', async () => {
    const token = await volunteer();
    const refused = await change(token, { iban: 'FR76 3000 6000 0112 3456 7890 188' });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toBe(messages.settings.ibanInvalid);
    expect(refused.body.error.details.errors?.[0]?.path).toEqual(['iban']);
    const read = await api<SettingsBody>(strapi.current.baseUrl, SETTINGS, { token });
    expect(read.body.data.iban).toBe(defaultSettings.bank.iban);

    const cents = await change(token, { coupleCents: 60 });
    expect(cents.status).toBe(400);
    expect(cents.body.error.message).toBe(messages.settings.amountTooSmall);

    const bic = await change(token, { bic: 'BANQUE' });
    expect(bic.status).toBe(400);
    expect(bic.body.error.message).toBe(messages.settings.bicInvalid);
  });

  it('un IBAN saisi collé ou en minuscules est rangé par groupes de quatre', async () => {
    const token = await volunteer();
    const saved = await change(token, { iban: 'fr7630006000011234567890189' });
    expect(saved.status).toBe(200);
    expect(saved.body.data.iban).toBe('FR76 3000 6000 0112 3456 7890 189');
  });

  it('un jour ajouté au calendrier des relances a son modèle aussitôt, et sert au prochain passage', async () => {
    const token = await volunteer();
    const days = [...defaultSettings.reminderSteps.map((step) => step.offsetDays), 90];
    const saved = await change(token, { reminderSteps: days.map((offsetDays) => ({ offsetDays })) });
    expect(saved.status).toBe(200);
    const db = strapi.current.strapi.db;
    await expect
      .poll(
        async () =>
          (await db.query('api::reminder-template.reminder-template').findOne({ where: { stepKey: 'j+90' } }))?.label,
        {
          timeout: 3000,
        },
      )
      .toBe('90 jours après l’échéance');
    // At a pass far ahead, every member late with dues is at the new last step.
    const plan = (await strapi.current.strapi.service('api::reminder.reminder').plan('2099-06-01')) as Array<{
      step: { key: string };
    }>;
    const late = plan.filter((entry) => entry.step.key !== 'sans-cotisation');
    expect(late.length).toBeGreaterThan(0);
    expect(new Set(late.map((entry) => entry.step.key))).toEqual(new Set(['j+90']));

    const twice = await change(token, { reminderSteps: [{ offsetDays: 30 }, { offsetDays: 30 }] });
    expect(twice.status).toBe(400);
    expect(twice.body.error.message).toBe(messages.settings.reminderStepsInvalid);
    expect(
      (await change(token, { reminderSteps: defaultSettings.reminderSteps.map(({ offsetDays }) => ({ offsetDays })) }))
        .status,
    ).toBe(200);
  });

  it('se lisent en une seule requête, les listes (autres cotisations, calendrier) comprises, dans leur ordre', async () => {
    const token = await volunteer();
    const others = [
      { label: 'Membre bienfaiteur', amountCents: 15000 },
      { label: 'Étudiant', amountCents: 1500 },
    ];
    expect((await change(token, { otherDues: others })).status).toBe(200);
    const service = strapi.current.strapi.service('api::association-setting.association-setting') as {
      current: () => Promise<{ dues: { others: unknown }; reminderSteps: Array<{ offsetDays: number }> }>;
    };
    // Its own statements only: a save's after-work, mails and reminders read the settings beside it.
    const { result: settings, sql } = await sqlDuring(strapi.current, () => service.current(), { own: true });
    expect(sql).toHaveLength(1);
    expect(settings.dues.others).toEqual(others);
    expect(settings.reminderSteps.map((step) => step.offsetDays)).toEqual(
      defaultSettings.reminderSteps.map((step) => step.offsetDays),
    );
    expect((await change(token, { otherDues: [] })).status).toBe(200);
  });

  it('ne se suppriment pas, et l’Éditeur ni un membre ne les lisent', async () => {
    const deleted = await api(strapi.current.baseUrl, SETTINGS, { method: 'DELETE', token: await volunteer() });
    expect(deleted.status).toBe(403);
    expect((await api(strapi.current.baseUrl, SETTINGS, { token: await editor() })).status).toBe(403);
    const jwt = await loginAs(strapi.current.baseUrl, 'jean.martin@exemple.fr');
    for (const path of ['/api/association-setting', '/api/association-settings'])
      expect([403, 404, 405]).toContain((await api(strapi.current.baseUrl, path, { token: jwt })).status);
  });
});

describe('le nom et les adresses de l’association, tenus par les bénévoles', () => {
  const MEMBER = 'claire.lefevre@exemple.fr';
  const inbox = () => strapi.current.inbox;
  const mailTo = async (address: string) => {
    await expect
      .poll(
        () =>
          inbox()
            .messages()
            .some((mail) => mail.to.includes(address)),
        { timeout: 10_000 },
      )
      .toBe(true);
    return inbox()
      .messages()
      .find((mail) => mail.to.includes(address))!;
  };

  it('changés dans « Réglages », ils se lisent sur le site et signent les courriels : expéditeur, réponse, signature', async () => {
    const token = await volunteer();
    const saved = await change(token, {
      associationName: 'Cercle céramique de Sens',
      shortName: 'CCS',
      foundedIn: '2004',
      contactEmail: 'bureau@ccs.example',
      officeAddressLines: 'Maison des associations\n2 rue des Potiers',
      officePostalCode: '89100',
      officeCity: 'Sens',
    });
    expect(saved.status).toBe(200);

    const read = await api<{ data: Identity }>(strapi.current.baseUrl, '/api/reglages/association');
    expect(read.status).toBe(200);
    expect(read.body.data).toMatchObject({
      name: 'Cercle céramique de Sens',
      shortName: 'CCS',
      foundedIn: 2004,
      contactEmail: 'bureau@ccs.example',
      office: { lines: ['Maison des associations', '2 rue des Potiers'], postalCode: '89100', city: 'Sens' },
    });
    // The public answer is the identity only: no bank details, no internal address.
    expect(JSON.stringify(read.body)).not.toMatch(/FR76|membershipEmail|adhesions@/);

    inbox().clear();
    const asked = await api(strapi.current.baseUrl, '/api/auth/forgot-password', {
      method: 'POST',
      body: { email: MEMBER },
    });
    expect(asked.status).toBe(200);
    const reset = await mailTo(MEMBER);
    expect(reset.from).toContain('Cercle céramique de Sens');
    expect(reset.replyTo).toEqual(['bureau@ccs.example']);
    // « de l’AEC », but never « de l’CCS »: initials that begin with a consonant are named in full.
    expect(reset.text).toContain('sur le site de l’association CCS');
    expect(reset.text).not.toContain('l’CCS');
    expect(reset.text).toMatch(/-- \nCercle céramique de Sens\nbureau@ccs\.example/);

    // A visitor's message goes to the new contact address, and is answered to the visitor.
    const sent = await api(strapi.current.baseUrl, '/api/contact/messages', {
      method: 'POST',
      body: { name: 'Paul Visiteur', email: 'paul@visiteur.example', subject: 'Une question', message: 'Bonjour.' },
    });
    expect(sent.status).toBe(200);
    const message = await mailTo('bureau@ccs.example');
    expect(message.replyTo).toEqual(['paul@visiteur.example']);

    expect((await change(token, FIRST_IDENTITY)).status).toBe(200);
    const entry = await strapi.current.strapi.db.query('api::member-change.member-change').findOne({
      where: { subject: 'reglages' },
      orderBy: { id: 'desc' },
    });
    expect(entry.changes).toContainEqual({
      field: 'shortName',
      before: 'CCS',
      after: defaultSettings.identity.shortName,
    });
  });

  it('une année de fondation sur deux chiffres, une adresse de contact sans @ sont refusées, et rien ne change', async () => {
    const token = await volunteer();
    const year = await change(token, { foundedIn: '92' });
    expect(year.status).toBe(400);
    expect(year.body.error.message).toBe(messages.settings.foundedInInvalid);
    const email = await change(token, { contactEmail: 'bureau.ccs.example' });
    expect(email.status).toBe(400);
    const read = await api<{ data: Identity }>(strapi.current.baseUrl, '/api/reglages/association');
    expect(read.body.data.contactEmail).toBe(defaultSettings.identity.contactEmail);
  });

  it('des réglages enregistrés avant que l’identité y soit reçoivent, au démarrage suivant, celle de l’association', async () => {
    const db = strapi.current.strapi.db;
    await db.query('api::association-setting.association-setting').updateMany({
      where: {},
      data: { associationName: null, shortName: null, contactEmail: null },
    });
    const service = strapi.current.strapi.service('api::association-setting.association-setting') as {
      identity: () => Promise<Identity>;
      ensure: () => Promise<void>;
    };
    // Meanwhile, pages and mails say the first start's identity, never an empty name.
    expect((await service.identity()).name).toBe(defaultSettings.identity.name);
    await service.ensure();
    const row = await db.query('api::association-setting.association-setting').findOne({});
    expect(row).toMatchObject({ associationName: defaultSettings.identity.name, shortName: 'AEC' });
  });
});

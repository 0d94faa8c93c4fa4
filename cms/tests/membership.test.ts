import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { association } from '@aec/config';
import { resetHooks, testHooks } from './harness/hooks';
import { api, loginSession, type StrapiErrorBody } from './harness/http';
import { useStrapi } from './harness/strapi';

const strapi = useStrapi();
beforeEach(async () => {
  await resetHooks();
  strapi.current.inbox.clear();
});
// Join requests answer before their work: let it finish before the next test.
afterEach(() => new Promise((resolve) => setTimeout(resolve, 300)));

const PASSWORD = 'Gres-de-Puisaye-1890';
let counter = 0;
const typed: string[] = [];

// The other test files count the demo members: leave the database as it was.
afterAll(async () => {
  await new Promise((resolve) => setTimeout(resolve, 300));
  const db = strapi.current.strapi.db;
  for (const email of typed) {
    const user = await db.query('plugin::users-permissions.user').findOne({ where: { email }, select: ['id'] });
    if (!user || email === 'marie.dupont@exemple.fr') continue;
    const profile = await db
      .query('api::member-profile.member-profile')
      .findOne({ where: { user: user.id }, populate: { secondMember: true } });
    if (profile?.secondMember)
      await db.query('api::second-member.second-member').delete({ where: { id: profile.secondMember.id } });
    if (profile) await db.query('api::member-profile.member-profile').delete({ where: { id: profile.id } });
    await db.query('api::auth-token.auth-token').deleteMany({ where: { user: user.id } });
    await db.query('plugin::users-permissions.user').delete({ where: { id: user.id } });
  }
});

function joinBody(overrides: { email?: string; website?: string; line1?: string; firstName?: string } = {}) {
  counter += 1;
  typed.push(overrides.email ?? `nouvelle.${Date.now()}.${counter}@exemple.fr`);
  return {
    record: {
      identifiers: {
        email: typed.at(-1)!,
        civility: 'madame',
        firstName: overrides.firstName ?? 'Anne',
        lastName: 'Girard',
      },
      address: {
        line1: overrides.line1 ?? '2 rue des Potiers',
        postalCode: '58000',
        city: 'Nevers',
        country: 'France',
      },
      secondMember: { civility: 'monsieur', firstName: 'Luc', lastName: 'Girard' },
    },
    password: PASSWORD,
    passwordConfirmation: PASSWORD,
    website: overrides.website ?? '',
  };
}

const join = (body: unknown, headers: Record<string, string> = {}) =>
  api<{ ok?: boolean } & StrapiErrorBody>(strapi.current.baseUrl, '/api/membership/join', {
    method: 'POST',
    body,
    headers,
  });
const confirm = (code: string, password = PASSWORD) =>
  api<{ jwt?: string; refreshToken?: string } & StrapiErrorBody>(strapi.current.baseUrl, '/api/membership/confirm', {
    method: 'POST',
    body: { code, password },
  });
const login = (email: string, password = PASSWORD) =>
  api<StrapiErrorBody & { jwt?: string }>(strapi.current.baseUrl, '/api/auth/local', {
    method: 'POST',
    body: { identifier: email, password },
  });

function codeOf(text: string): string {
  const match = /adherer\/confirmer\?code=([A-Za-z0-9_%-]+)/.exec(text);
  if (!match) throw new Error('pas de lien de confirmation dans le mail');
  return decodeURIComponent(match[1]!);
}

const users = () => strapi.current.strapi.db.query('plugin::users-permissions.user');

describe('Adhérer — un nouveau membre', () => {
  it('crée le compte non confirmé, envoie l’accusé de réception sans mot de passe et prévient les bénévoles', async () => {
    const body = joinBody();
    const email = body.record.identifiers.email;
    const answer = await join(body);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ ok: true });

    const mail = await strapi.current.inbox.waitFor(email);
    expect(mail.subject).toContain('confirmez votre adresse');
    expect(mail.text).toContain(email);
    expect(mail.text).not.toContain(PASSWORD);
    expect(mail.html ?? '').not.toContain(PASSWORD);
    // Volunteers hear of the new member once the address is confirmed.
    expect(strapi.current.inbox.messages().some((m) => m.to.includes(association.membershipEmail))).toBe(false);
    expect((await confirm(codeOf(mail.text))).status).toBe(200);
    const notice = await strapi.current.inbox.waitFor(association.membershipEmail, (m) => m.text.includes(email));
    expect(notice.subject).toBe('Nouvelle adhésion : Anne Girard');
    expect(notice.text).toContain('en couple');

    const user = await users().findOne({ where: { email } });
    expect(user).toMatchObject({ confirmed: true, blocked: false });
    const profile = await strapi.current.strapi.db
      .query('api::member-profile.member-profile')
      .findOne({ where: { user: user.id }, populate: { secondMember: true } });
    expect(profile.transferReference).toMatch(/^AEC-\d{4}-\d{4,}$/);
    expect(profile.secondMember.firstName).toBe('Luc');
  });

  it('refuse la connexion avant la confirmation, renvoie un lien, puis l’accepte après', async () => {
    const body = joinBody();
    const email = body.record.identifiers.email;
    await join(body);
    const first = codeOf((await strapi.current.inbox.waitFor(email)).text);

    strapi.current.inbox.clear();
    const refused = await login(email);
    expect(refused.status).toBe(403);
    expect(refused.body.error?.details?.reason).toBe('unconfirmed');
    const again = await strapi.current.inbox.waitFor(email);
    const second = codeOf(again.text);
    // The newer link replaces the older one.
    expect((await confirm(first)).body.error?.details?.reason).toBe('link-replaced');

    expect((await confirm(second)).status).toBe(200);
    expect((await confirm(second)).body.error?.details?.reason).toBe('link-used');
    const session = await loginSession(strapi.current.baseUrl, email, { password: PASSWORD });
    const account = await api<{ data: { profile: { transferReference: string } } }>(
      strapi.current.baseUrl,
      '/api/me/account',
      { token: session.jwt },
    );
    expect(account.body.data.profile.transferReference).toMatch(/^AEC-/);
  });

  it('un compte non confirmé ne fait pas de sa connexion un envoi de mails : dix essais, trois liens', async () => {
    const body = joinBody();
    const email = body.record.identifiers.email;
    await join(body);
    await strapi.current.inbox.waitFor(email);
    strapi.current.inbox.clear();
    const reasons: string[] = [];
    for (let n = 0; n < 10; n += 1) {
      const refused = await login(email);
      expect(refused.status).toBe(403);
      reasons.push(String(refused.body.error?.details?.reason));
    }
    // The fourth on is told to look for the last link sent: none goes out.
    expect(reasons).toEqual([...Array(3).fill('unconfirmed'), ...Array(7).fill('unconfirmed-link-recent')]);
    // The mails leave after the answers: wait for three, then make sure no fourth follows.
    const linksTo = () => strapi.current.inbox.messages().filter((message) => message.to.includes(email));
    for (let waited = 0; linksTo().length < 3 && waited < 10_000; waited += 100)
      await new Promise((resolve) => setTimeout(resolve, 100));
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const links = linksTo();
    expect(links).toHaveLength(3);
    // The last link made still confirms the address (the mails may arrive in any order).
    const answers = [];
    for (const link of links) answers.push((await confirm(codeOf(link.text))).status);
    expect(answers.filter((status) => status === 200)).toHaveLength(1);
  });

  it('le lien de confirmation expire après 24 heures', async () => {
    const body = joinBody();
    await join(body);
    const code = codeOf((await strapi.current.inbox.waitFor(body.record.identifiers.email)).text);
    const later = Date.now() + 24 * 3_600_000 + 60_000;
    testHooks().tokenClock.now = () => new Date(later);
    expect((await confirm(code)).body.error?.details?.reason).toBe('link-expired');
  });
});

describe('Adhérer — une adresse qui a déjà un compte', () => {
  it('reçoit la même réponse, et son propriétaire un mail qui le dit, avec « Mot de passe oublié ? »', async () => {
    const fresh = await join(joinBody());
    const taken = await join(joinBody({ email: 'marie.dupont@exemple.fr' }));
    expect(taken.status).toBe(fresh.status);
    expect(taken.body).toEqual(fresh.body);
    const mail = await strapi.current.inbox.waitFor('marie.dupont@exemple.fr');
    expect(mail.text).toContain('Un compte existe déjà');
    expect(mail.text).toContain('/mot-de-passe-oublie');
    expect(await users().count({ where: { email: 'marie.dupont@exemple.fr' } })).toBe(1);
  });
});

describe('Adhérer — une adresse jamais confirmée', () => {
  it('peut adhérer à nouveau : le compte non prouvé fait place au nouveau', async () => {
    const first = joinBody();
    const email = first.record.identifiers.email;
    await join(first);
    await strapi.current.inbox.waitFor(email);
    strapi.current.inbox.clear();
    const again = { ...joinBody({ email, firstName: 'Annie' }) };
    expect((await join(again)).status).toBe(200);
    const mail = await strapi.current.inbox.waitFor(email);
    expect(mail.subject).toContain('confirmez votre adresse');
    expect(await users().count({ where: { email } })).toBe(1);
    const profile = await strapi.current.strapi.db
      .query('api::member-profile.member-profile')
      .findOne({ where: { accountEmail: email } });
    expect(profile?.firstName).toBe('Annie');
  });
});

describe('Adhérer — confirmer prouve l’adresse et le mot de passe', () => {
  it('le lien ne confirme qu’avec le mot de passe choisi en adhérant ; un mauvais n’use pas le lien', async () => {
    const body = joinBody();
    const email = body.record.identifiers.email;
    await join(body);
    const code = codeOf((await strapi.current.inbox.waitFor(email)).text);
    const wrong = await confirm(code, 'Pas-le-bon-2026-mot');
    expect(wrong.status).toBe(400);
    expect(wrong.body.error?.details?.reason).toBe('wrong-password');
    const right = await confirm(code);
    expect(right.status).toBe(200);
    // Confirmed, the member is logged in: the session is hers.
    const account = await api<{ data: { email: string } }>(strapi.current.baseUrl, '/api/me/account', {
      token: right.body.jwt!,
    });
    expect(account.body.data.email).toBe(email);
  });

  it('quelqu’un adhère avec l’adresse d’une autre avant qu’elle confirme : elle ne confirme pas son compte à lui, et reprend sa place', async () => {
    const hers = joinBody();
    const email = hers.record.identifiers.email;
    await join(hers);
    await strapi.current.inbox.waitFor(email);
    strapi.current.inbox.clear();
    const intruder = { ...joinBody({ email, firstName: 'Intrus' }), password: 'Autre-Mot-2026-xyz' };
    expect((await join({ ...intruder, passwordConfirmation: intruder.password })).status).toBe(200);
    // The mail reaches her; she confirms with her own password: refused, nothing confirmed.
    const link = codeOf((await strapi.current.inbox.waitFor(email)).text);
    expect((await confirm(link)).body.error?.details?.reason).toBe('wrong-password');
    expect((await users().findOne({ where: { email } }))?.confirmed).toBe(false);
    strapi.current.inbox.clear();
    expect((await login(email, intruder.password)).status).toBe(403);
    await strapi.current.inbox.waitFor(email); // the fresh link his login sent
    // She joins again: her account replaces his, and she confirms it.
    strapi.current.inbox.clear();
    expect((await join(joinBody({ email }))).status).toBe(200);
    expect((await confirm(codeOf((await strapi.current.inbox.waitFor(email)).text))).status).toBe(200);
    expect((await login(email)).status).toBe(200);
  });
});

describe('Adhérer — les robots et les abus', () => {
  it('un formulaire au pot de miel rempli reçoit la même réponse et ne crée rien', async () => {
    const body = joinBody({ website: 'http://spam.example' });
    const answer = await join(body);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ ok: true });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await users().count({ where: { email: body.record.identifiers.email } })).toBe(0);
    expect(strapi.current.inbox.messages()).toHaveLength(0);
  });

  it('limite les adhésions par adresse de client', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) statuses.push((await join(joinBody())).status);
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(statuses[5]).toBe(429);
  });

  it('refuse un mot de passe faible ou différent de sa confirmation, sans rien créer', async () => {
    const body = { ...joinBody(), password: 'nevers-1234', passwordConfirmation: 'nevers-1234' };
    const answer = await join(body);
    expect(answer.status).toBe(400);
    expect(answer.body.error?.details?.reason).toBe('password-policy');
    expect(await users().count({ where: { email: body.record.identifiers.email } })).toBe(0);
  });

  it('neutralise le HTML saisi : refusé dans un nom, échappé dans les mails', async () => {
    const named = await join(joinBody({ firstName: '<script>alert(1)</script>' }));
    expect(named.status).toBe(400);
    const body = joinBody({ line1: '<img src=x onerror=alert(1)> 2 rue' });
    body.record.address.city = 'Nevers <b>onclick</b>';
    expect((await join(body)).status).toBe(200);
    const ack = await strapi.current.inbox.waitFor(body.record.identifiers.email);
    await confirm(codeOf(ack.text));
    const notice = await strapi.current.inbox.waitFor(association.membershipEmail, (m) =>
      m.text.includes(body.record.identifiers.email),
    );
    expect(notice.html).not.toContain('<b>onclick');
    expect(notice.html).toContain('&#60;b&#62;onclick');
  });

  it('n’accepte ni rôle, ni cotisation, ni compte bloqué dans la demande', async () => {
    const body = {
      ...joinBody(),
      role: 1,
      confirmed: true,
      blocked: true,
    } as ReturnType<typeof joinBody> & Record<string, unknown>;
    (body.record as Record<string, unknown>).honorary = true;
    await join(body);
    const email = body.record.identifiers.email;
    await strapi.current.inbox.waitFor(email);
    const user = await users().findOne({ where: { email }, populate: { role: true } });
    expect(user).toMatchObject({ confirmed: false, blocked: false });
    expect(user.role.type).toBe('authenticated');
    const profile = await strapi.current.strapi.db
      .query('api::member-profile.member-profile')
      .findOne({ where: { user: user.id } });
    expect(profile.honorary).toBe(false);
  });
});

describe('Contact — le formulaire du site', () => {
  const send = (body: Record<string, string>) =>
    api<{ ok?: boolean } & StrapiErrorBody>(strapi.current.baseUrl, '/api/contact/messages', {
      method: 'POST',
      body,
    });
  const message = {
    name: 'Paul Renaud',
    email: 'paul.renaud@exemple.fr',
    subject: 'Une assiette de Nevers',
    message: 'Bonjour,\nJe cherche à dater une assiette.',
  };

  it('envoie le message à l’association, avec l’adresse du visiteur pour répondre', async () => {
    expect((await send(message)).body).toEqual({ ok: true });
    const mail = await strapi.current.inbox.waitFor(association.contactEmail);
    expect(mail.subject).toBe('Message du site : Une assiette de Nevers');
    expect(mail.replyTo).toEqual(['paul.renaud@exemple.fr']);
    expect(mail.text).toContain('dater une assiette');
  });

  it('ignore en silence un robot qui remplit le pot de miel', async () => {
    expect((await send({ ...message, website: 'spam' })).body).toEqual({ ok: true });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(strapi.current.inbox.messages()).toHaveLength(0);
  });

  it('limite les messages par adresse de client', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) statuses.push((await send({ ...message, email: `p${i}@exemple.fr` })).status);
    expect(statuses[4]).toBe(200);
    expect(statuses[5]).toBe(429);
  });

  it('refuse un message vide, champ par champ', async () => {
    const answer = await send({ name: '', email: 'pas-une-adresse', subject: '', message: '' });
    expect(answer.status).toBe(400);
    expect(Object.keys(answer.body.error?.details?.fields ?? {}).sort()).toEqual([
      'email',
      'message',
      'name',
      'subject',
    ]);
  });
});

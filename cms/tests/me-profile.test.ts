import { beforeEach, describe, expect, it } from 'vitest';
import { resetHooks } from './harness/hooks';
import { api, loginAs, REFUSED, type StrapiErrorBody } from './harness/http';
import { memberReadQueries } from './harness/sql';
import { useStrapi } from './harness/strapi';

const strapi = useStrapi();
beforeEach(() => {
  resetHooks();
  strapi.current.inbox.clear();
});

const MARIE = 'marie.dupont@exemple.fr';
const JEAN = 'jean.martin@exemple.fr';

interface AccountBody {
  data: {
    email: string;
    profile: {
      firstName: string;
      lastName: string;
      membershipNumber: number;
      transferReference: string;
      address: { city: string };
    };
    secondMember: { firstName: string } | null;
    dues: { status: { kind: string; declaredPending?: boolean }; payments: Array<{ state: string }> };
  };
  meta?: { emailChangePending: boolean };
}

const record = (overrides: Record<string, unknown> = {}) => ({
  identifiers: { email: MARIE, civility: 'madame', firstName: 'Marie', lastName: 'Dupont', phone: '03 86 12 34 56' },
  address: { line1: '12 rue de la Faïencerie', postalCode: '89000', city: 'Auxerre', country: 'France' },
  secondMember: null,
  ...overrides,
});

async function profileRow(email: string) {
  return strapi.current.strapi.db.query('api::member-profile.member-profile').findOne({
    where: { user: { email } },
    populate: { user: true, duesPayments: true, secondMember: true },
  });
}

describe('Modifier ma fiche membre (PUT /api/me/profile)', () => {
  it('enregistre les 4 étapes en une fois et renvoie la fiche', async () => {
    const token = await loginAs(strapi.current.baseUrl, MARIE);
    const response = await api<AccountBody>(strapi.current.baseUrl, '/api/me/profile', {
      method: 'PUT',
      token,
      body: {
        data: record({
          address: {
            line1: '14 rue de la Faïencerie',
            line2: 'Escalier B',
            postalCode: '89000',
            city: 'Auxerre',
            country: 'France',
          },
          secondMember: { civility: 'monsieur', firstName: 'Pierre', lastName: 'Dupont' },
        }),
      },
    });
    expect(response.status).toBe(200);
    expect(response.body.data.secondMember?.firstName).toBe('Pierre');
    expect(response.body.meta?.emailChangePending).toBe(false);
    // Remove the second member again.
    const removed = await api<AccountBody>(strapi.current.baseUrl, '/api/me/profile', {
      method: 'PUT',
      token,
      body: { data: record() },
    });
    expect(removed.body.data.secondMember).toBeNull();
  });

  it('refuse une fiche incomplète avec des messages en français par champ', async () => {
    const token = await loginAs(strapi.current.baseUrl, MARIE);
    const response = await api<StrapiErrorBody>(strapi.current.baseUrl, '/api/me/profile', {
      method: 'PUT',
      token,
      body: { data: record({ address: { line1: '', postalCode: '8900', city: 'Auxerre', country: 'France' } }) },
    });
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).toContain('Indiquez le numéro et la rue.');
  });

  it('ne laisse jamais un membre fixer sa cotisation, son numéro, sa référence, son rôle, son blocage ou sa confirmation', async () => {
    const token = await loginAs(strapi.current.baseUrl, JEAN);
    const before = await profileRow(JEAN);
    const publicRole = await strapi.current.strapi.db
      .query('plugin::users-permissions.role')
      .findOne({ where: { type: 'public' } });
    const hostile = {
      ...record({ identifiers: { email: JEAN, civility: 'monsieur', firstName: 'Jean', lastName: 'Martin' } }),
      membershipNumber: 1,
      transferReference: 'AEC-0000-0001',
      dueDateOverride: '2099-12-31',
      honorary: true,
      volunteerNote: 'x',
      user: 1,
      role: publicRole.id,
      blocked: true,
      confirmed: false,
      duesPayments: [
        { periodStart: '2026-01-01', periodEnd: '2099-12-31', amountCents: 0, state: 'confirme', method: 'especes' },
      ],
    };
    const nested = {
      ...hostile,
      identifiers: { ...hostile.identifiers, role: publicRole.id, blocked: true, membershipNumber: 2 },
    };
    for (const data of [hostile, nested]) {
      const response = await api(strapi.current.baseUrl, '/api/me/profile', { method: 'PUT', token, body: { data } });
      expect(response.status).toBe(200);
    }
    const after = await profileRow(JEAN);
    expect(after.membershipNumber).toBe(before.membershipNumber);
    expect(after.transferReference).toBe(before.transferReference);
    expect(after.dueDateOverride).toBeNull();
    expect(after.honorary).toBe(false);
    expect(after.user.id).toBe(before.user.id);
    expect(after.user.blocked).toBe(false);
    expect(after.user.confirmed).toBe(true);
    expect(after.duesPayments).toHaveLength(before.duesPayments.length);
    const user = await strapi.current.strapi.db
      .query('plugin::users-permissions.user')
      .findOne({ where: { email: JEAN }, populate: { role: true } });
    expect(user.role.type).toBe('authenticated');
  });

  it('sans connexion, aucun de ces points d’entrée ne répond', async () => {
    for (const [method, path] of [
      ['PUT', '/api/me/profile'],
      ['POST', '/api/me/dues/declarations'],
      ['GET', '/api/me/data'],
      ['POST', '/api/me/erasure-request'],
    ] as const) {
      const response = await api(strapi.current.baseUrl, path, {
        method,
        body: method === 'GET' ? undefined : { data: record() },
      });
      expect(REFUSED, `${method} ${path}`).toContain(response.status);
    }
  });

  it('la fiche renvoyée ne contient aucun champ privé', async () => {
    const token = await loginAs(strapi.current.baseUrl, MARIE);
    for (const path of ['/api/me/account', '/api/me/data']) {
      const text = JSON.stringify((await api(strapi.current.baseUrl, path, { token })).body);
      for (const secret of [
        'password',
        'resetPasswordToken',
        'confirmationToken',
        'tokenHash',
        'volunteerNote',
        'dueDateOverride',
        '"role"',
        '"blocked"',
        '"provider"',
      ]) {
        expect(text, `${path} ${secret}`).not.toContain(secret);
      }
    }
  });
});

describe('« Mon compte » lu en peu d’allers-retours vers la base', () => {
  it('la page entière (session, fiche, adresse, deuxième adhérent, paiements, relances, journal, réglages) en trois requêtes', async () => {
    const { read, statements: page } = await memberReadQueries<AccountBody>(
      strapi.current,
      MARIE,
      '/api/me/account',
      /strapi_sessions|member_profiles|member_changes|association_settings/,
    );
    expect(read.status).toBe(200);
    expect(read.body.data.profile.address.city).toBe('Auxerre');
    expect(page, page.join('\n')).toHaveLength(3);
  });
});

describe('Changer d’adresse de connexion', () => {
  it('la nouvelle adresse confirme par un lien ; l’ancienne reste l’identifiant jusque-là et est prévenue', async () => {
    const token = await loginAs(strapi.current.baseUrl, MARIE);
    const NEW = 'marie.dupont@nouvelle-adresse.fr';
    const response = await api<AccountBody>(strapi.current.baseUrl, '/api/me/profile', {
      method: 'PUT',
      token,
      body: {
        data: record({ identifiers: { email: NEW, civility: 'madame', firstName: 'Marie', lastName: 'Dupont' } }),
      },
    });
    expect(response.body.meta?.emailChangePending).toBe(true);
    expect(response.body.data.email).toBe(MARIE);
    const confirm = await strapi.current.inbox.waitFor(
      NEW,
      (m) => m.subject === 'Confirmez votre nouvelle adresse e-mail',
    );
    await strapi.current.inbox.waitFor(MARIE, (m) => m.subject.startsWith('Demande de changement'));
    // Until confirmed, the old address is still the login.
    await loginAs(strapi.current.baseUrl, MARIE);
    const code = decodeURIComponent(/confirmer-adresse\?code=([A-Za-z0-9_%-]+)/.exec(confirm.text)![1]!);
    const confirmed = await api(strapi.current.baseUrl, '/api/me/email-change/confirm', {
      method: 'POST',
      body: { code },
    });
    expect(confirmed.status).toBe(200);
    await loginAs(strapi.current.baseUrl, NEW);
    const again = await api<StrapiErrorBody>(strapi.current.baseUrl, '/api/me/email-change/confirm', {
      method: 'POST',
      body: { code },
    });
    expect(again.body.error.details.reason).toBe('link-used');
    await strapi.current.inbox.waitFor(MARIE, (m) => m.subject === 'Votre adresse de connexion a changé');
    // Back to the demo address for the other tests.
    await strapi.current.strapi.db
      .query('plugin::users-permissions.user')
      .update({ where: { email: NEW }, data: { email: MARIE, username: MARIE } });
  });

  it('l’adresse d’un autre membre reçoit la même réponse qu’une adresse libre, et rien ne change', async () => {
    const token = await loginAs(strapi.current.baseUrl, MARIE);
    const response = await api<AccountBody>(strapi.current.baseUrl, '/api/me/profile', {
      method: 'PUT',
      token,
      body: {
        data: record({ identifiers: { email: JEAN, civility: 'madame', firstName: 'Marie', lastName: 'Dupont' } }),
      },
    });
    expect(response.status).toBe(200);
    expect(response.body.meta?.emailChangePending).toBe(true);
    const mail = await strapi.current.inbox.waitFor(JEAN);
    expect(mail.text).toContain('Un compte utilise déjà cette adresse');
    expect((await profileRow(MARIE)).user.email).toBe(MARIE);
    expect((await profileRow(JEAN)).lastName).toBe('Martin');
  });

  it('quatre nouvelles adresses en une heure : la quatrième est refusée avec le délai, et ne reçoit rien', async () => {
    const token = await loginAs(strapi.current.baseUrl, MARIE);
    const change = (email: string) =>
      api<AccountBody & StrapiErrorBody>(strapi.current.baseUrl, '/api/me/profile', {
        method: 'PUT',
        token,
        body: { data: record({ identifiers: { email, civility: 'madame', firstName: 'Marie', lastName: 'Dupont' } }) },
      });
    for (let n = 1; n <= 3; n += 1) expect((await change(`marie.essai-${n}@exemple.fr`)).status).toBe(200);
    const fourth = await change('marie.essai-4@exemple.fr');
    expect(fourth.status).toBe(429);
    expect(fourth.body.error.details.reason).toBe('rate-limited');
    expect(fourth.body.error.details.retryAfterSeconds).toBeGreaterThan(0);
    await strapi.current.inbox.waitFor('marie.essai-3@exemple.fr');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(strapi.current.inbox.messages().filter((m) => m.to.includes('marie.essai-4@exemple.fr'))).toEqual([]);
    // The rest of the record is saved as usual, the address unchanged.
    expect((await change(MARIE)).status).toBe(200);
  });
});

describe('Payer votre cotisation : « J’ai fait mon virement »', () => {
  it('enregistre un virement déclaré, une seule fois, en attente d’un bénévole', async () => {
    const token = await loginAs(strapi.current.baseUrl, JEAN);
    const first = await api<AccountBody>(strapi.current.baseUrl, '/api/me/dues/declarations', {
      method: 'POST',
      token,
      body: { transferDate: '2026-11-20' },
    });
    expect(first.status).toBe(200);
    expect(first.body.data.dues.status.declaredPending).toBe(true);
    const count = first.body.data.dues.payments.filter((p) => p.state === 'declare').length;
    const second = await api<AccountBody>(strapi.current.baseUrl, '/api/me/dues/declarations', {
      method: 'POST',
      token,
      body: { transferDate: '2026-11-21' },
    });
    expect(second.body.data.dues.payments.filter((p) => p.state === 'declare')).toHaveLength(count);
    const bad = await api(strapi.current.baseUrl, '/api/me/dues/declarations', {
      method: 'POST',
      token,
      body: { transferDate: 'hier', state: 'confirme' },
    });
    expect(bad.status).toBe(400);
    const declared = (await profileRow(JEAN)).duesPayments.filter((p: { state: string }) => p.state === 'declare');
    expect(declared).toHaveLength(1);
    expect(declared[0].amountCents).toBe(4000);
  });
});

describe('Mes données', () => {
  it('l’export contient la fiche, les cotisations et les fiches du membre', async () => {
    const token = await loginAs(strapi.current.baseUrl, MARIE);
    const response = await api<{
      data: { profile: { lastName: string }; fiches: Array<{ title: string }>; dues: object };
    }>(strapi.current.baseUrl, '/api/me/data', { token });
    expect(response.status).toBe(200);
    expect(response.body.data.profile.lastName).toBe('Dupont');
    expect(response.body.data.fiches.map((f) => f.title)).toContain('La marque au trident de Sinceny');
    expect(response.body.data.fiches.map((f) => f.title)).not.toContain('Les lettres-date de Sèvres');
  });

  it('la demande d’effacement prévient les bénévoles', async () => {
    const token = await loginAs(strapi.current.baseUrl, MARIE);
    expect((await api(strapi.current.baseUrl, '/api/me/erasure-request', { method: 'POST', token })).status).toBe(200);
    const mail = await strapi.current.inbox.waitFor('contact@assoetudeceramique.org');
    expect(mail.subject).toContain('Marie Dupont');
  });

  it('le bouton pressé cinq fois : une demande dans la liste des bénévoles, un seul mail', async () => {
    const requests = strapi.current.strapi.db.query('api::erasure-request.erasure-request');
    await requests.deleteMany({ where: { memberLabel: { $contains: MARIE } } });
    const token = await loginAs(strapi.current.baseUrl, MARIE);
    for (let n = 0; n < 5; n += 1)
      expect((await api(strapi.current.baseUrl, '/api/me/erasure-request', { method: 'POST', token })).status).toBe(
        200,
      );
    await strapi.current.inbox.waitFor('contact@assoetudeceramique.org');
    await new Promise((resolve) => setTimeout(resolve, 500));
    const mails = strapi.current.inbox.messages().filter((m) => m.to.includes('contact@assoetudeceramique.org'));
    expect(mails).toHaveLength(1);
    expect(await requests.count({ where: { memberLabel: { $contains: MARIE } } })).toBe(1);
  });
});

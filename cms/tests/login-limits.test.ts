/**
 * F8 and F13 of the intrusion test: the login limit turned against a member (eight wrong
 * passwords locked her out for 15 minutes), and the admin panel's login guessed from many
 * addresses. Failures alone count; the owner, from an address that has not failed, is slowed,
 * never refused; an admin account is limited whatever address the guesses come from; an admin
 * password follows at least the members' policy.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { DEMO_MEMBER_PASSWORD } from '../src/bootstrap/demo-content.fr';
import { adminAs } from './harness/admin';
import { resetHooks, testHooks } from './harness/hooks';
import { api, type StrapiErrorBody } from './harness/http';
import { useStrapi } from './harness/strapi';

const strapi = useStrapi();
beforeEach(resetHooks);

/** As the site sends it: the visitor's address, vouched for by the shared secret. */
const from = (address: string) => ({ 'x-aec-client-ip': address, 'x-aec-site-key': 'test-internal-api-secret' });
const login = (identifier: string, password: string, address: string) =>
  api<StrapiErrorBody & { jwt?: string }>(strapi.current.baseUrl, '/api/auth/local', {
    method: 'POST',
    body: { identifier, password },
    headers: from(address),
  });
const adminLogin = (email: string, password: string, address: string) =>
  api<{ data?: { token: string } }>(strapi.current.baseUrl, '/admin/login', {
    method: 'POST',
    body: { email, password },
    headers: from(address),
  });

describe('Personne ne peut empêcher un membre de se connecter (F8)', () => {
  it('huit mauvais mots de passe d’ailleurs : la neuvième tentative de l’attaquant est refusée, la membre entre quand même', async () => {
    for (let i = 0; i < 8; i += 1)
      expect((await login('jean.martin@exemple.fr', `mauvais-${i}`, '203.0.113.9')).status).toBe(400);
    const ninth = await login('jean.martin@exemple.fr', 'mauvais-9', '203.0.113.9');
    expect(ninth.status).toBe(429);
    expect(ninth.body.error.details.reason).toBe('rate-limited');
    // The owner, from home: slowed, then let in.
    const started = Date.now();
    const owner = await login('jean.martin@exemple.fr', DEMO_MEMBER_PASSWORD, '198.51.100.20');
    expect(owner.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(400);
    // Her success cleared the account's count; the attacker's address stays refused.
    expect((await login('jean.martin@exemple.fr', DEMO_MEMBER_PASSWORD, '198.51.100.20')).status).toBe(200);
    expect((await login('jean.martin@exemple.fr', 'mauvais-10', '203.0.113.9')).status).toBe(429);
  });

  it('les connexions réussies ne comptent pas : vingt de suite passent toutes', async () => {
    for (let i = 0; i < 20; i += 1)
      expect((await login('marie.dupont@exemple.fr', DEMO_MEMBER_PASSWORD, '198.51.100.30')).status).toBe(200);
  });

  it('des essais répartis sur beaucoup d’adresses ralentissent, sans bloquer la membre ni dire si le mot de passe était bon', async () => {
    for (let i = 0; i < 9; i += 1)
      expect((await login('claire.lefevre@exemple.fr', `mauvais-${i}`, `203.0.113.${100 + i}`)).status).toBe(400);
    // A new address is slowed: the same delay for a right and a wrong password.
    const started = Date.now();
    expect((await login('claire.lefevre@exemple.fr', 'encore-faux', '203.0.113.200')).status).toBe(400);
    expect(Date.now() - started).toBeGreaterThanOrEqual(400);
    expect((await login('claire.lefevre@exemple.fr', DEMO_MEMBER_PASSWORD, '198.51.100.40')).status).toBe(200);
  });
});

describe('Des essais envoyés tous à la fois comptent comme les autres', () => {
  it('quarante mauvais mots de passe d’un coup depuis une adresse : huit au plus sont vérifiés, les autres refusés, la membre entre', async () => {
    const who = 'jean.martin@exemple.fr';
    const burst = await Promise.all(Array.from({ length: 40 }, (_, i) => login(who, `rafale-${i}`, '203.0.113.90')));
    const statuses = burst.map((attempt) => attempt.status);
    // Each sees the attempts counted before it: eight checked at most.
    const checked = statuses.filter((status) => status === 400).length;
    expect(checked).toBeGreaterThan(0);
    expect(checked).toBeLessThanOrEqual(8);
    expect(statuses.filter((status) => status === 429)).toHaveLength(40 - checked);
    expect((await login(who, DEMO_MEMBER_PASSWORD, '198.51.100.41')).status).toBe(200);
  });

  it('dix-huit bonnes connexions d’un coup depuis une adresse (un club, trois membres) : toutes passent, aucune ne compte', async () => {
    const members = ['marie.dupont@exemple.fr', 'claire.lefevre@exemple.fr', 'jean.martin@exemple.fr'];
    const burst = await Promise.all(
      Array.from({ length: 18 }, (_, i) => login(members[i % 3]!, DEMO_MEMBER_PASSWORD, '203.0.113.91')),
    );
    expect(burst.map((attempt) => attempt.status)).toEqual(Array.from({ length: 18 }, () => 200));
    const knex = strapi.current.strapi.db.connection;
    const [row] = (await knex('aec_rate_counters').where('key', 'login:ip:203.0.113.91').select('count')) as Array<{
      count: number;
    }>;
    expect(Number(row?.count ?? 0)).toBe(0);
  });
});

describe('Les refus ne comptent pas contre la membre', () => {
  it('vingt essais de plus, refusés, après huit échecs : le compte reste à huit, et la membre n’attend pas davantage', async () => {
    const who = 'jean.martin@exemple.fr';
    for (let i = 0; i < 8; i += 1) expect((await login(who, `mauvais-${i}`, '203.0.113.95')).status).toBe(400);
    for (let i = 0; i < 20; i += 1) expect((await login(who, `refuse-${i}`, '203.0.113.95')).status).toBe(429);
    const knex = strapi.current.strapi.db.connection;
    const counted = async (key: string) =>
      Number(
        ((await knex('aec_rate_counters').where('key', key).select('count')) as Array<{ count: number }>)[0]?.count ??
          0,
      );
    expect(await counted(`login:account:${who}`)).toBe(8);
    expect(await counted(`login:pair:203.0.113.95:${who}`)).toBe(8);
    expect((await login(who, DEMO_MEMBER_PASSWORD, '198.51.100.42')).status).toBe(200);
  });
});

describe('Une adresse IPv6 compte pour son bloc', () => {
  it('trente échecs depuis trente adresses d’un même /64 : la trente et unième est refusée ; un autre bloc passe', async () => {
    for (let i = 1; i <= 30; i += 1)
      expect((await login(`inconnu-${i}@exemple.fr`, 'mauvais', `2001:db8:aec:1::${i.toString(16)}`)).status).toBe(400);
    expect((await login('inconnu-31@exemple.fr', 'mauvais', '2001:db8:aec:1:ffff::31')).status).toBe(429);
    expect((await login('inconnu-32@exemple.fr', 'mauvais', '2001:db8:aec:2::1')).status).toBe(400);
  });
});

describe('Les limites tiennent à plusieurs instances', () => {
  it('les échecs comptés par une autre instance (dans la base commune) comptent ici aussi', async () => {
    // Another Strapi process, on the same database, counted eight failures from this address.
    const knex = strapi.current.strapi.db.connection;
    const resetAt = Date.now() + 15 * 60_000;
    const who = 'jean.martin@exemple.fr';
    await knex('aec_rate_counters').insert(
      ['login:ip:203.0.113.77', `login:account:${who}`, `login:pair:203.0.113.77:${who}`].map((key) => ({
        key,
        count: 8,
        reset_at: resetAt,
      })),
    );
    const ninth = await login(who, 'mauvais-9', '203.0.113.77');
    expect(ninth.status).toBe(429);
    expect(ninth.body.error.details.reason).toBe('rate-limited');
    // Nothing of it lives in this process: forgotten in the base, forgotten everywhere.
    await knex('aec_rate_counters').where('key', 'like', '%203.0.113.77%').delete();
    await knex('aec_rate_counters').where('key', `login:account:${who}`).delete();
    expect((await login(who, 'mauvais-10', '203.0.113.77')).status).toBe(400);
  });
});

describe('Les compteurs des fenêtres finies', () => {
  it('la passe horaire les efface et garde ceux en cours ; une tentative n’en efface aucun', async () => {
    const hooks = testHooks();
    const knex = strapi.current.strapi.db.connection;
    const now = Date.now();
    await knex('aec_rate_counters').insert([
      { key: 'essai:fenetre-finie', count: 3, reset_at: now - 1 },
      { key: 'essai:fenetre-en-cours', count: 3, reset_at: now + 60_000 },
    ]);
    // Attempts on other keys do not sweep, not even now and then: what a request does is the same each time.
    for (let n = 0; n < 300; n += 1) await hooks.countOne(strapi.current.strapi, `essai:autre-${n % 3}`, 60_000, now);
    const keys = async () =>
      (
        (await knex('aec_rate_counters').where('key', 'like', 'essai:fenetre-%').select('key')) as Array<{
          key: string;
        }>
      )
        .map((row) => row.key)
        .sort();
    expect(await keys()).toEqual(['essai:fenetre-en-cours', 'essai:fenetre-finie']);
    expect(await hooks.sweepCounters(strapi.current.strapi, now)).toBeGreaterThanOrEqual(1);
    expect(await keys()).toEqual(['essai:fenetre-en-cours']);
    await hooks.resetRateLimits();
  });
});

describe('L’administration est gardée comme l’espace membres (F13)', () => {
  it('des mots de passe essayés depuis trente adresses sur le compte de la bénévole sont freinés par compte', async () => {
    const email = 'benevole.cible@exemple.fr';
    await adminAs(strapi.current, 'aec-benevole', email);
    await resetHooks();
    for (let i = 0; i < 8; i += 1) expect((await adminLogin(email, `faux-${i}`, `203.0.113.${i}`)).status).toBe(400);
    // A ninth address that has not failed: slowed; an address that has: refused.
    const started = Date.now();
    expect((await adminLogin(email, 'faux-9', '203.0.113.50')).status).toBe(400);
    expect(Date.now() - started).toBeGreaterThanOrEqual(400);
    expect((await adminLogin(email, 'faux-10', '203.0.113.50')).status).toBe(429);
    expect((await adminLogin(email, 'Role-Test-2026-ok', '198.51.100.60')).status).toBe(200);
  });

  it('un administrateur ne peut pas choisir un mot de passe plus faible que celui d’un membre', async () => {
    const token = await adminAs(strapi.current, 'aec-editeur', 'editeur.faible@exemple.fr');
    for (const password of ['Court1a', 'Azerty1234', 'Editeur-faible-2026']) {
      const answer = await api<StrapiErrorBody>(strapi.current.baseUrl, '/admin/users/me', {
        method: 'PUT',
        token,
        body: { password, currentPassword: 'Role-Test-2026-ok', firstname: 'Test', email: 'editeur.faible@exemple.fr' },
      });
      expect(answer.status, password).toBe(400);
    }
    const good = await api(strapi.current.baseUrl, '/admin/users/me', {
      method: 'PUT',
      token,
      body: { password: 'Grès-Salé-Du-Beauvaisis-1992', currentPassword: 'Role-Test-2026-ok' },
    });
    expect(good.status).toBe(200);
  });
});

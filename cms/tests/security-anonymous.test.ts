import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { api, REFUSED } from './harness/http';
import { useStrapi } from './harness/strapi';

const strapi = useStrapi();

interface RouteLike {
  method: string;
  path: string;
  config?: { auth?: unknown };
}
type Routers = Record<string, { routes?: RouteLike[] } | RouteLike[]>;

describe('un visiteur anonyme', () => {
  it('ne passe sans contrôle des droits que par les routes voulues : la recherche, rien d’autre', () => {
    // Ours: every API, and the local plugins (Strapi's own are Strapi's to answer for).
    const local = new Set(fs.readdirSync(path.resolve(__dirname, '../src/plugins')));
    const plugins = strapi.current.strapi.plugins as Record<string, { routes?: Routers }>;
    const owners = [
      ...Object.values(strapi.current.strapi.apis as Record<string, { routes?: Routers }>),
      ...Object.entries(plugins)
        .filter(([name]) => local.has(name))
        .map(([, plugin]) => plugin),
    ];
    const open = owners
      .flatMap((owner) => Object.values(owner.routes ?? {}))
      .flatMap((router) => (Array.isArray(router) ? router : (router.routes ?? [])))
      .filter((route) => route.config?.auth === false)
      .map((route) => `${route.method} ${route.path}`);
    expect(open).toEqual(['GET /fiches/search']);
  });

  it.each([
    '/api/member-profiles',
    '/api/second-members',
    '/api/dues-payments',
    '/api/users',
    '/api/users/1',
    '/api/users/count',
    '/api/me/account',
  ])('ne peut pas lire %s', async (path) => {
    const response = await api(strapi.current.baseUrl, path);
    // 404 where no such route exists at all (members' data has no public API), 401/403 otherwise.
    expect(REFUSED).toContain(response.status);
    expect(JSON.stringify(response.body)).not.toContain('@exemple.fr');
  });

  it('ne voit que les fiches publiées, même en demandant les brouillons', async () => {
    const published = await api<{ data: Array<{ title: string }> }>(
      strapi.current.baseUrl,
      '/api/fiches?pagination[pageSize]=100',
    );
    expect(published.status).toBe(200);
    const titles = published.body.data.map((fiche) => fiche.title);
    expect(titles).toContain('La marque au trident de Sinceny');
    expect(titles).not.toContain('Note de lecture : les faïences de la Révolution');

    for (const query of ['status=draft', 'status=draft&filters[reviewState]=brouillon', 'publicationState=preview']) {
      const drafts = await api<{ data?: Array<{ title: string; reviewState?: string }> }>(
        strapi.current.baseUrl,
        `/api/fiches?${query}&pagination[pageSize]=100`,
      );
      const draftTitles = (drafts.body.data ?? []).map((fiche) => fiche.title);
      expect(draftTitles, query).not.toContain('Note de lecture : les faïences de la Révolution');
      expect(draftTitles, query).not.toContain('Les lettres-date de Sèvres');
    }
  });

  it('ne voit jamais l’auteur d’une fiche ni son adresse e-mail', async () => {
    const response = await api(strapi.current.baseUrl, '/api/fiches?populate=*');
    const text = JSON.stringify(response.body);
    expect(text).not.toContain('@exemple.fr');
    expect(text).not.toMatch(/"author"/);
  });

  it('ne peut pas créer de compte : l’inscription passe par l’adhésion', async () => {
    const response = await api(strapi.current.baseUrl, '/api/auth/local/register', {
      method: 'POST',
      body: { username: 'intrus', email: 'intrus@exemple.fr', password: 'Intrus-Intrus-2026' },
    });
    expect([400, ...REFUSED]).toContain(response.status);
    expect(
      await strapi.current.strapi.db
        .query('plugin::users-permissions.user')
        .count({ where: { email: 'intrus@exemple.fr' } }),
    ).toBe(0);
  });

  it('ne peut pas demander de mail de confirmation, qui dirait si une adresse est inscrite', async () => {
    const response = await api(strapi.current.baseUrl, '/api/auth/send-email-confirmation', {
      method: 'POST',
      body: { email: 'marie.dupont@exemple.fr' },
    });
    expect(REFUSED).toContain(response.status);
  });
});

describe('le contenu réservé aux membres', () => {
  it('n’atteint jamais un visiteur par l’API, quoi qu’il demande ; un membre connecté le lit', async () => {
    const { loginAs } = await import('./harness/http');
    for (const path of [
      '/api/pages?filters[slug][$eq]=compte-rendu-assemblee-generale',
      '/api/pages?filters[membersOnly][$eq]=true',
      '/api/pages?filters[$or][0][membersOnly][$eq]=true&filters[$or][1][membersOnly][$eq]=false',
      '/api/pages?pagination[pageSize]=100',
    ]) {
      const response = await api(strapi.current.baseUrl, path);
      expect(JSON.stringify(response.body), path).not.toContain('rapport moral');
    }
    const token = await loginAs(strapi.current.baseUrl, 'marie.dupont@exemple.fr');
    const member = await api(strapi.current.baseUrl, '/api/pages?filters[slug][$eq]=compte-rendu-assemblee-generale', {
      token,
    });
    expect(JSON.stringify(member.body)).toContain('rapport moral');
  });
});

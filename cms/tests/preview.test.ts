import path from 'node:path';
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it } from 'vitest';
import { adminAs } from './harness/admin';
import { api, type StrapiErrorBody } from './harness/http';
import { useStrapi } from './harness/strapi';

const strapi = useStrapi();
const load = createRequire(import.meta.url);
const links = () =>
  load(path.resolve(__dirname, '../dist/src/utils/preview-link.js')) as {
    previewUrl: (type: 'page' | 'article', documentId: string) => string;
    previewClock: { now: () => number };
  };
afterEach(() => {
  links().previewClock.now = () => Date.now();
});

async function draftPage(title: string): Promise<string> {
  const created = await strapi.current.strapi.documents('api::page.page').create({
    data: {
      title,
      slug: `brouillon-${Date.now()}`,
      body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Texte à relire.' }] }],
    },
  });
  return created.documentId;
}

/** The admin's "Aperçu" gives a site address; the site asks Strapi with its parts. */
function apiPathOf(url: string): string {
  const query = new URL(url).searchParams;
  return `/api/preview/${query.get('type')}/${query.get('id')}/${query.get('expires')}/${query.get('signature')}`;
}

describe('Aperçu d’un brouillon par les éditeurs', () => {
  it('le lien signé montre le brouillon, que l’API publique ne donne pas', async () => {
    const documentId = await draftPage('Page en préparation');
    const url = links().previewUrl('page', documentId);
    expect(url).toMatch(/^http:\/\/localhost:4321\/apercu\?type=page&id=/);
    const preview = await api<{ data: { title: string; body: unknown[] } }>(strapi.current.baseUrl, apiPathOf(url));
    expect(preview.status).toBe(200);
    expect(preview.body.data.title).toBe('Page en préparation');
    expect(preview.headers.get('cache-control')).toBe('private, no-store');

    const asked = await api<{ data: unknown[] }>(
      strapi.current.baseUrl,
      `/api/pages?filters[documentId][$eq]=${documentId}&status=draft`,
    );
    expect(asked.body.data).toEqual([]);
  });

  it('une signature modifiée, ou recopiée pour un autre document, est refusée', async () => {
    const documentId = await draftPage('Brouillon A');
    const other = await draftPage('Brouillon B');
    const apiPath = apiPathOf(links().previewUrl('page', documentId));
    const tampered = apiPath.replace(/.$/, (last) => (last === 'A' ? 'B' : 'A'));
    expect((await api<StrapiErrorBody>(strapi.current.baseUrl, tampered)).status).toBe(403);
    const copied = apiPath.replace(documentId, other);
    expect((await api<StrapiErrorBody>(strapi.current.baseUrl, copied)).status).toBe(403);
    const asArticle = apiPath.replace('/page/', '/article/');
    expect((await api<StrapiErrorBody>(strapi.current.baseUrl, asArticle)).status).toBe(403);
  });

  it('le lien expire au bout d’une heure', async () => {
    const documentId = await draftPage('Brouillon qui attend');
    const apiPath = apiPathOf(links().previewUrl('page', documentId));
    const later = Date.now() + 61 * 60_000;
    links().previewClock.now = () => later;
    const expired = await api<StrapiErrorBody>(strapi.current.baseUrl, apiPath);
    expect(expired.status).toBe(403);
    expect(expired.body.error.details.reason).toBe('link-expired');
  });

  it('seul un administrateur qui peut lire les pages obtient un lien d’aperçu : pas la bénévole (F6)', async () => {
    const documentId = await draftPage('Brouillon réservé aux éditeurs');
    const ask = (token: string) =>
      api<{ data?: { url?: string } }>(
        strapi.current.baseUrl,
        `/content-manager/preview/url/api::page.page?documentId=${documentId}&status=draft`,
        { token },
      );
    const volunteer = await adminAs(strapi.current, 'aec-benevole', 'benevole.apercu@exemple.fr');
    const refused = await ask(volunteer);
    expect(refused.body?.data?.url).toBeUndefined();
    const editor = await adminAs(strapi.current, 'aec-editeur', 'editeur.apercu@exemple.fr');
    const given = await ask(editor);
    expect(given.body.data?.url).toContain('/apercu?');
  });
});

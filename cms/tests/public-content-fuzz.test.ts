/**
 * F2 of the intrusion test: drafts and members-only content reached through `populate`,
 * filters or sorts on the public content API. Each public type is given drafts and
 * members-only entries that carry a secret word, linked to public ones every way the model
 * allows; then a visitor asks every combination of relation and populate/filter/sort: the
 * answer is a refusal or a public answer, never the secret word.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { api } from './harness/http';
import { useStrapi } from './harness/strapi';

const strapi = useStrapi();
const SECRET = 'SECRETMEMBRES';
const TYPES = ['page', 'article', 'event', 'rubrique', 'fiche'] as const;
const paragraph = (text: string) => [{ type: 'paragraph' as const, children: [{ type: 'text' as const, text }] }];

interface Ids {
  publicFiche: string;
  publicArticle: string;
  publicPage: string;
}
let ids: Ids;

beforeAll(async () => {
  const app = strapi.current.strapi;
  const file = path.join(__dirname, 'fixtures', 'pixel.png');
  const [image] = (await app
    .plugin('upload')
    .service('upload')
    .upload({
      data: { fileInfo: { name: 'partage.png', alternativeText: 'Image partagée' } },
      files: { filepath: file, originalFilename: 'partage.png', mimetype: 'image/png', size: fs.statSync(file).size },
    })) as Array<{ id: number }>;

  const rubrique = await app.documents('api::rubrique.rubrique').create({
    data: { name: 'Rubrique du test de fuzz', slug: 'rubrique-fuzz' },
    status: 'published',
  });
  const secretRubrique = await app.documents('api::rubrique.rubrique').create({
    data: { name: `Rubrique ${SECRET}`, slug: 'rubrique-secrete-fuzz', membersOnly: true, description: SECRET },
    status: 'published',
  });
  // A published fiche whose draft holds the secret, and a fiche in a members-only rubrique.
  const fiche = await app.documents('api::fiche.fiche').create({
    data: {
      title: 'Fiche publique',
      body: paragraph('Public.'),
      rubrique: rubrique.documentId,
      images: [image!.id],
      reviewState: 'soumise',
    },
    status: 'published',
  });
  await app.documents('api::fiche.fiche').update({
    documentId: fiche.documentId,
    data: { title: `Brouillon ${SECRET}`, body: paragraph(SECRET) },
  });
  await app.documents('api::fiche.fiche').create({
    data: {
      title: `Fiche ${SECRET}`,
      body: paragraph(SECRET),
      rubrique: secretRubrique.documentId,
      images: [image!.id],
      reviewState: 'soumise',
    },
    status: 'published',
  });
  // Two articles sharing a picture: one public, one for members.
  const article = await app.documents('api::article.article').create({
    data: { title: 'Article public', slug: 'article-public-fuzz', date: '2026-01-01', image: image!.id },
    status: 'published',
  });
  await app.documents('api::article.article').create({
    data: {
      title: `Article ${SECRET}`,
      slug: 'article-secret-fuzz',
      date: '2026-01-02',
      body: paragraph(SECRET),
      membersOnly: true,
      image: image!.id,
    },
    status: 'published',
  });
  await app.documents('api::article.article').create({
    data: { title: `Brouillon ${SECRET}`, slug: 'article-brouillon-fuzz', date: '2026-01-03', image: image!.id },
  });
  // A public page with a members-only child and a draft child.
  const page = await app.documents('api::page.page').create({
    data: { title: 'Page publique', slug: 'page-publique-fuzz', body: paragraph('Public.') },
    status: 'published',
  });
  await app.documents('api::page.page').create({
    data: {
      title: `Page ${SECRET}`,
      slug: 'page-secrete-fuzz',
      body: paragraph(SECRET),
      membersOnly: true,
      navigationParent: page.documentId,
    },
    status: 'published',
  });
  await app.documents('api::page.page').create({
    data: { title: `Brouillon ${SECRET}`, slug: 'page-brouillon-fuzz', navigationParent: page.documentId },
  });
  await app.documents('api::event.event').create({
    data: { title: `Rencontre ${SECRET}`, slug: 'rencontre-fuzz', startsAt: '2027-01-01T10:00:00Z', membersOnly: true },
    status: 'published',
  });
  ids = { publicFiche: fiche.documentId, publicArticle: article.documentId, publicPage: page.documentId };
});

/** Every relation, media and component of a type, by name. */
function linksOf(type: (typeof TYPES)[number]): string[] {
  const model = strapi.current.strapi.getModel(`api::${type}.${type}` as never) as unknown as {
    attributes: Record<string, { type: string }>;
  };
  return Object.entries(model.attributes)
    .filter(([, attribute]) => ['relation', 'media', 'component', 'dynamiczone'].includes(attribute.type))
    .map(([name]) => name);
}

function hostileQueries(type: (typeof TYPES)[number]): string[] {
  const queries = ['populate=*', 'populate[0]=*', 'populate[*][populate]=*', 'status=draft&populate=*'];
  for (const link of [...linksOf(type), 'related', 'localizations', 'createdBy', 'updatedBy']) {
    queries.push(
      `populate=${link}`,
      `populate[0]=${link}`,
      `populate[${link}]=true`,
      `populate[${link}]=*`,
      `populate[${link}][populate]=*`,
      `populate[${link}][populate][related]=true`,
      `populate[${link}][fields][0]=title&populate[${link}][fields][1]=body`,
      `populate[${link}][filters][membersOnly][$eq]=true`,
      `populate[${link}][populate][0]=related`,
      `filters[${link}][body][$containsi]=${SECRET}`,
      `filters[${link}][title][$containsi]=${SECRET}`,
      `filters[${link}][related][title][$containsi]=${SECRET}`,
      `filters[${link}][membersOnly][$eq]=true`,
      `filters[$or][0][${link}][title][$containsi]=${SECRET}`,
      `sort=${link}.title:asc`,
      `sort[0]=${link}.title`,
      `fields[0]=${link}`,
    );
  }
  return queries;
}

describe('Le contenu public ne montre ni brouillon ni contenu réservé, quoi qu’on demande', () => {
  it('chaque relation de chaque type, peuplée, filtrée ou triée par un visiteur : jamais le mot secret', async () => {
    let asked = 0;
    for (const type of TYPES) {
      const plural = `${type}s`;
      for (const query of hostileQueries(type)) {
        for (const route of [`/api/${plural}?${query}`]) {
          const answer = await api(strapi.current.baseUrl, route);
          asked += 1;
          expect([200, 400], route).toContain(answer.status);
          expect(JSON.stringify(answer.body), route).not.toContain(SECRET);
          expect(JSON.stringify(answer.body), route).not.toContain('"related"');
        }
      }
    }
    for (const [plural, documentId] of [
      ['fiches', ids.publicFiche],
      ['articles', ids.publicArticle],
      ['pages', ids.publicPage],
    ] as const) {
      for (const query of hostileQueries(plural.slice(0, -1) as (typeof TYPES)[number])) {
        const route = `/api/${plural}/${documentId}?${query}`;
        const answer = await api(strapi.current.baseUrl, route);
        asked += 1;
        expect([200, 400, 404], route).toContain(answer.status);
        expect(JSON.stringify(answer.body), route).not.toContain(SECRET);
      }
    }
    expect(asked).toBeGreaterThan(300);
  });

  it('ce que le site demande marche toujours : une fiche et ses images, le menu et ses parents', async () => {
    const fiche = await api<{ data: { images: Array<Record<string, unknown>>; rubrique: { slug: string } } }>(
      strapi.current.baseUrl,
      `/api/fiches/${ids.publicFiche}?populate[images][fields][0]=url&populate[images][fields][1]=alternativeText&populate[rubrique][fields][0]=slug`,
    );
    expect(fiche.status).toBe(200);
    expect(fiche.body.data.rubrique.slug).toBe('rubrique-fuzz');
    expect(Object.keys(fiche.body.data.images[0]!).sort()).toEqual(['alternativeText', 'documentId', 'id', 'url']);
    const menu = await api<{ data: Array<{ slug: string; navigationParent: { slug: string } | null }> }>(
      strapi.current.baseUrl,
      '/api/pages?fields[0]=slug&populate[navigationParent][fields][0]=slug&filters[slug][$startsWith]=page-',
    );
    expect(menu.status).toBe(200);
    expect(menu.body.data.map((page) => page.slug)).toEqual(['page-publique-fuzz']);
    const byRubrique = await api<{ data: unknown[] }>(
      strapi.current.baseUrl,
      '/api/fiches?filters[rubrique][slug][$eq]=rubrique-fuzz&fields[0]=title',
    );
    expect(byRubrique.status).toBe(200);
    expect(byRubrique.body.data).toHaveLength(1);
  });
});

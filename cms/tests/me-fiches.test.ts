import fs from 'node:fs';
import path from 'node:path';
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

interface FicheBody {
  data: {
    documentId: string;
    title: string;
    state: string;
    text: string;
    images: Array<{ id: number; alt: string }>;
    moderationComment: string | null;
  };
}
interface PageBody {
  data: Array<{ documentId: string; title: string; state: string; rubrique: { slug: string } | null }>;
  meta: { total: number; pageCount: number };
}

const fiche = (overrides: Record<string, unknown> = {}) => ({
  title: 'Un pichet de Nevers',
  rubrique: 'manufactures-et-ateliers',
  text: 'Premier paragraphe.\n\n## Décor\n\n- bleu\n- manganèse\n\nVoir [le musée](https://exemple.fr/musee).',
  images: [],
  ...overrides,
});

async function create(token: string, overrides: Record<string, unknown> = {}, intent = 'brouillon') {
  return api<FicheBody & StrapiErrorBody>(strapi.current.baseUrl, '/api/me/fiches', {
    method: 'POST',
    token,
    body: { data: fiche(overrides), intent },
  });
}

async function uploadImage(token: string, documentId: string, file: string, alt = 'Un pichet vu de face') {
  const form = new FormData();
  form.append('image', new Blob([fs.readFileSync(path.join(__dirname, 'fixtures', file))]), file);
  form.append('alt', alt);
  const response = await fetch(`${strapi.current.baseUrl}/api/me/fiches/${documentId}/images`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  return { status: response.status, body: (await response.json()) as FicheBody & StrapiErrorBody };
}

describe('Créer une fiche, Voir et modifier mes fiches', () => {
  it('une fiche créée est un brouillon du membre, en tête de sa liste, texte relu à l’identique', async () => {
    const token = await loginAs(strapi.current.baseUrl, MARIE);
    const created = await create(token);
    expect(created.status).toBe(201);
    expect(created.body.data.state).toBe('brouillon');
    expect(created.body.data.text).toBe(fiche().text);
    const list = await api<PageBody>(strapi.current.baseUrl, '/api/me/fiches', { token });
    expect(list.body.data[0]?.documentId).toBe(created.body.data.documentId);
    const filtered = await api<PageBody>(strapi.current.baseUrl, '/api/me/fiches?rubrique=musees-et-collections', {
      token,
    });
    expect(filtered.body.data.every((item) => item.rubrique?.slug === 'musees-et-collections')).toBe(true);
    expect(filtered.body.data.map((item) => item.state)).toContain('publiee-modifiee');
  });

  it('une image vérifiée par son contenu s’ajoute ; un faux .jpg est refusé', async () => {
    const token = await loginAs(strapi.current.baseUrl, MARIE);
    const { body } = await create(token);
    const fake = await uploadImage(token, body.data.documentId, 'not-an-image.jpg');
    expect(fake.status).toBe(400);
    expect(JSON.stringify(fake.body)).toContain('n’est pas une image JPEG, PNG ou WebP');
    const noAlt = await uploadImage(token, body.data.documentId, 'pixel.png', ' ');
    expect(JSON.stringify(noAlt.body)).toContain('Décrivez l’image');
    const ok = await uploadImage(token, body.data.documentId, 'pixel.png');
    expect(ok.status).toBe(200);
    expect(ok.body.data.images).toHaveLength(1);
    expect(ok.body.data.images[0]?.alt).toBe('Un pichet vu de face');
  });

  it('soumettre met la fiche en attente de relecture ; l’éditeur publie, le membre est prévenu par mail', async () => {
    const token = await loginAs(strapi.current.baseUrl, MARIE);
    const { body } = await create(token, {}, 'soumettre');
    expect(body.data.state).toBe('soumise');
    await strapi.current.strapi.documents('api::fiche.fiche').publish({ documentId: body.data.documentId });
    const mail = await strapi.current.inbox.waitFor(MARIE, (m) => m.subject.startsWith('Votre fiche est publiée'));
    expect(mail.text).toContain('Un pichet de Nevers');
    const after = await api<FicheBody>(strapi.current.baseUrl, `/api/me/fiches/${body.data.documentId}`, { token });
    expect(after.body.data.state).toBe('publiee');
    // Editing keeps the published version online until an editor publishes again.
    const edited = await api<FicheBody>(strapi.current.baseUrl, `/api/me/fiches/${body.data.documentId}`, {
      method: 'PUT',
      token,
      body: { data: fiche({ title: 'Un pichet de Nevers (corrigé)' }), intent: 'soumettre' },
    });
    expect(edited.body.data.state).toBe('publiee-modifiee');
    const online = await api<{ data: Array<{ title: string }> }>(
      strapi.current.baseUrl,
      `/api/fiches?filters[documentId][$eq]=${body.data.documentId}`,
    );
    expect(online.body.data[0]?.title).toBe('Un pichet de Nevers');
  });

  it('renvoyée par un éditeur, le membre voit le commentaire et reçoit un mail', async () => {
    const token = await loginAs(strapi.current.baseUrl, MARIE);
    const { body } = await create(token, {}, 'soumettre');
    await strapi.current.strapi.documents('api::fiche.fiche').update({
      documentId: body.data.documentId,
      data: { reviewState: 'renvoyee', moderationComment: 'Précisez la provenance, merci.' },
    });
    await strapi.current.inbox.waitFor(MARIE, (m) => m.subject.startsWith('Votre fiche à reprendre'));
    const seen = await api<FicheBody>(strapi.current.baseUrl, `/api/me/fiches/${body.data.documentId}`, { token });
    expect(seen.body.data.state).toBe('renvoyee');
    expect(seen.body.data.moderationComment).toBe('Précisez la provenance, merci.');
  });

  it('supprimer retire aussi la version publiée du site', async () => {
    const token = await loginAs(strapi.current.baseUrl, MARIE);
    const { body } = await create(token, {}, 'soumettre');
    await strapi.current.strapi.documents('api::fiche.fiche').publish({ documentId: body.data.documentId });
    expect(
      (await api(strapi.current.baseUrl, `/api/me/fiches/${body.data.documentId}`, { method: 'DELETE', token })).status,
    ).toBe(200);
    const online = await api<{ data: unknown[] }>(
      strapi.current.baseUrl,
      `/api/fiches?filters[documentId][$eq]=${body.data.documentId}`,
    );
    expect(online.body.data).toHaveLength(0);
  });
});

describe('les fiches des autres, et ce qu’un membre ne décide pas', () => {
  it('résiste à au moins dix attaques entre membres et par affectation de champs', async () => {
    const marie = await loginAs(strapi.current.baseUrl, MARIE);
    const jean = await loginAs(strapi.current.baseUrl, JEAN);
    const { body: own } = await create(marie);
    const marieImage = (await uploadImage(marie, own.data.documentId, 'pixel.png')).body.data.images[0]!.id;
    const id = own.data.documentId;
    const jeanUser = await strapi.current.strapi.db
      .query('plugin::users-permissions.user')
      .findOne({ where: { email: JEAN } });

    // 1–4: Jean cannot read, edit, delete or add an image to Marie's fiche: the same 404 as a missing one.
    expect((await api(strapi.current.baseUrl, `/api/me/fiches/${id}`, { token: jean })).status).toBe(404);
    expect(
      (
        await api(strapi.current.baseUrl, `/api/me/fiches/${id}`, {
          method: 'PUT',
          token: jean,
          body: { data: fiche({ title: 'Volée' }) },
        })
      ).status,
    ).toBe(404);
    expect((await api(strapi.current.baseUrl, `/api/me/fiches/${id}`, { method: 'DELETE', token: jean })).status).toBe(
      404,
    );
    expect((await uploadImage(jean, id, 'pixel.png')).status).toBe(404);
    expect((await api(strapi.current.baseUrl, '/api/me/fiches/nexiste-pas', { token: jean })).status).toBe(404);
    // 5: his list never shows it, whatever the filter.
    const list = await api<PageBody>(strapi.current.baseUrl, `/api/me/fiches?author=${1}&filters[author][id]=1`, {
      token: jean,
    });
    expect(list.body.data.map((item) => item.documentId)).not.toContain(id);
    // 6–9: author, state, publication and another member's image are not his to set.
    const { body: hostile } = await api<FicheBody>(strapi.current.baseUrl, '/api/me/fiches', {
      method: 'POST',
      token: jean,
      body: {
        data: {
          ...fiche(),
          author: 1,
          reviewState: 'publiee',
          publishedAt: '2026-01-01',
          status: 'published',
          images: [{ id: marieImage, alt: 'vol' }],
        },
        intent: 'soumettre',
        status: 'published',
      },
    });
    const row = await strapi.current.strapi.db
      .query('api::fiche.fiche')
      .findOne({ where: { documentId: hostile.data.documentId }, populate: { author: true, images: true } });
    expect(row.author.id).toBe(jeanUser.id);
    expect(row.publishedAt).toBeNull();
    expect(row.reviewState).toBe('soumise');
    expect(row.images ?? []).toHaveLength(0);
    const published = await strapi.current.strapi
      .documents('api::fiche.fiche')
      .findMany({ filters: { documentId: hostile.data.documentId }, status: 'published' });
    expect(published).toHaveLength(0);
    // 10: attaching Marie's image by update is refused the same way.
    const update = await api<FicheBody>(strapi.current.baseUrl, `/api/me/fiches/${hostile.data.documentId}`, {
      method: 'PUT',
      token: jean,
      body: { data: fiche({ images: [{ id: marieImage, alt: 'vol' }] }) },
    });
    expect(update.body.data.images).toHaveLength(0);
    // 11: no public or anonymous route reaches them.
    for (const [method, p] of [
      ['GET', '/api/me/fiches'],
      ['POST', '/api/fiches'],
      ['PUT', `/api/fiches/${id}`],
      ['DELETE', `/api/fiches/${id}`],
    ] as const) {
      expect(REFUSED, `${method} ${p}`).toContain(
        (
          await api(strapi.current.baseUrl, p, {
            method,
            body: method === 'GET' || method === 'DELETE' ? undefined : { data: fiche() },
          })
        ).status,
      );
    }
    // 12: even logged in, the content API does not write fiches.
    expect(REFUSED).toContain(
      (await api(strapi.current.baseUrl, '/api/fiches', { method: 'POST', token: jean, body: { data: fiche() } }))
        .status,
    );
  });

  it('la liste et la fiche ne laissent passer aucun champ privé de l’auteur', async () => {
    const token = await loginAs(strapi.current.baseUrl, MARIE);
    const list = JSON.stringify((await api(strapi.current.baseUrl, '/api/me/fiches', { token })).body);
    const first = (JSON.parse(list) as PageBody).data[0]!.documentId;
    const one = JSON.stringify((await api(strapi.current.baseUrl, `/api/me/fiches/${first}`, { token })).body);
    for (const text of [list, one]) {
      for (const secret of ['password', 'resetPasswordToken', '@exemple.fr', 'searchText', '"author"'])
        expect(text).not.toContain(secret);
    }
  });

  it('la liste se lit en deux requêtes : la session, puis la page avec son total, ses rubriques et ce qui est publié', async () => {
    const { read: list, statements: page } = await memberReadQueries<PageBody>(
      strapi.current,
      MARIE,
      '/api/me/fiches',
      /strapi_sessions|fiches|rubriques/,
    );
    expect(list.status).toBe(200);
    expect(list.body.data.length).toBeGreaterThan(0);
    expect(page, page.join('\n')).toHaveLength(2);
  });

  it('la pagination tient avec beaucoup de fiches', async () => {
    const token = await loginAs(strapi.current.baseUrl, JEAN);
    const list = await api<PageBody>(strapi.current.baseUrl, '/api/me/fiches?page=2', { token });
    expect(list.status).toBe(200);
    expect(list.body.meta.total).toBeGreaterThanOrEqual(2);
    expect((await api(strapi.current.baseUrl, '/api/me/fiches?page=abc', { token })).status).toBe(400);
  });
});

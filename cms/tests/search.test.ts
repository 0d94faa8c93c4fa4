import { describe, expect, it } from 'vitest';
import { api } from './harness/http';
import { useStrapi } from './harness/strapi';

const strapi = useStrapi();

interface SearchBody {
  data: Array<{
    documentId: string;
    title: string;
    rubrique: { slug: string } | null;
    authorDisplayName: string | null;
  }>;
  meta: { total: number };
}

describe('la recherche dans les fiches publiées', () => {
  it('trouve une fiche publiée par ses mots, avec sa rubrique', async () => {
    const response = await api<SearchBody>(strapi.current.baseUrl, '/api/fiches/search?_q=Sinceny');
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body.data.map((item) => item.title)).toContain('La marque au trident de Sinceny');
    expect(response.body.data[0]?.rubrique?.slug).toBe('marques-et-signatures');
  });

  it('ne montre ni brouillon ni fiche soumise, ni rien de l’auteur au-delà du nom accepté', async () => {
    const drafts = await api<SearchBody>(strapi.current.baseUrl, '/api/fiches/search?_q=lettres-date');
    expect(drafts.body.data).toHaveLength(0);
    const submitted = await api<SearchBody>(strapi.current.baseUrl, '/api/fiches/search?_q=Bibliographie nivernaises');
    expect(submitted.body.data).toHaveLength(0);
    const text = JSON.stringify((await api(strapi.current.baseUrl, '/api/fiches/search?_q=Nevers')).body);
    expect(text).not.toContain('@exemple.fr');
    expect(text).not.toContain('"author"');
  });

  it('refuse une recherche vide', async () => {
    expect((await api(strapi.current.baseUrl, '/api/fiches/search?_q=')).status).toBe(400);
  });
});

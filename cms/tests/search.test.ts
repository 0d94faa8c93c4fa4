import { describe, expect, it } from 'vitest';
import { api, loginSession } from './harness/http';
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

  it('un mot dans plus de mille fiches : « plus de 1000 », et chaque fiche sur une seule page', async () => {
    const word = 'glaçurecommune';
    const { tableName, attributes } = strapi.current.strapi.db.metadata.get('api::fiche.fiche') as unknown as {
      tableName: string;
      attributes: Record<string, { columnName: string }>;
    };
    const column = (attribute: string) => attributes[attribute]!.columnName;
    const knex = strapi.current.strapi.db.connection;
    // Written in one statement, below Strapi: 1001 published fiches sharing one word.
    await knex.raw(
      `INSERT INTO ?? (??, ??, ??, ??, ??, ??) SELECT 'recherche-mille-' || g, 'Mille ' || g, 'Mille ' || g || ' ${word}', now() - g * interval '1 minute', now(), now() FROM generate_series(1, 1001) g`,
      [tableName, ...['documentId', 'title', 'searchText', 'publishedAt', 'createdAt', 'updatedAt'].map(column)],
    );
    try {
      const page = async (n: number) =>
        (
          await api<SearchBody & { meta: { more: boolean; pageCount: number } }>(
            strapi.current.baseUrl,
            `/api/fiches/search?_q=${word}&page=${n}`,
          )
        ).body;
      const first = await page(1);
      expect(first.meta).toMatchObject({ total: 1000, more: true, pageCount: 50 });
      const seen: string[] = [];
      for (let n = 1; n <= 50; n += 1) seen.push(...(await page(n)).data.map((fiche) => fiche.documentId));
      expect(seen).toHaveLength(1000);
      expect(new Set(seen).size).toBe(1000);
      const after = await page(60);
      expect(after.data).toEqual([]);
      expect(after.meta).toMatchObject({ total: 1000, more: true });
    } finally {
      await knex(tableName).where(column('documentId'), 'like', 'recherche-mille-%').delete();
    }
  });

  it('son index n’a pas de liste d’attente : une fiche publiée s’y range tout de suite', async () => {
    const { rows } = (await strapi.current.strapi.db.connection.raw(
      "SELECT reloptions FROM pg_class WHERE relname = 'fiches_search_fr'",
    )) as { rows: Array<{ reloptions: string[] | null }> };
    expect(rows[0]?.reloptions).toContain('fastupdate=off');
  });
});

describe('les fiches publiées d’une rubrique', () => {
  interface ListingBody {
    data: Array<{ documentId: string; title: string; publishedAt: string; author?: unknown; reviewState?: unknown }>;
    meta: { pagination: { total: number; pageCount: number } };
  }

  it('les plus récentes d’abord, sans brouillon ni rien de l’auteur au-delà du nom accepté', async () => {
    const response = await api<ListingBody>(strapi.current.baseUrl, '/api/fiches/rubrique/marques-et-signatures');
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const dates = response.body.data.map((fiche) => fiche.publishedAt);
    expect(dates.length).toBeGreaterThan(0);
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(response.body.meta.pagination.total).toBe(dates.length);
    const text = JSON.stringify(response.body);
    expect(text).not.toContain('@exemple.fr');
    expect(text).not.toContain('"author"');
    expect(text).not.toContain('reviewState');
    expect(text).not.toContain('lettres-date');
  });

  it('une rubrique réservée aux membres n’existe pas pour un visiteur, et s’ouvre à un membre', async () => {
    const rubriques = strapi.current.strapi.db.query('api::rubrique.rubrique');
    await rubriques.updateMany({ where: { slug: 'bibliographie' }, data: { membersOnly: true } });
    try {
      expect((await api(strapi.current.baseUrl, '/api/fiches/rubrique/bibliographie')).status).toBe(404);
      const { jwt } = await loginSession(strapi.current.baseUrl, 'marie.dupont@exemple.fr');
      expect((await api(strapi.current.baseUrl, '/api/fiches/rubrique/bibliographie', { token: jwt })).status).toBe(
        200,
      );
    } finally {
      await rubriques.updateMany({ where: { slug: 'bibliographie' }, data: { membersOnly: false } });
    }
  });

  it('une rubrique inconnue n’existe pas', async () => {
    expect((await api(strapi.current.baseUrl, '/api/fiches/rubrique/nexiste-pas')).status).toBe(404);
  });
});

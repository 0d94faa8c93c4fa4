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

/** The fiches' table as Strapi laid it out, to write fiches in plain SQL as an import would. */
function fichesTable() {
  const { tableName, attributes } = strapi.current.strapi.db.metadata.get('api::fiche.fiche') as unknown as {
    tableName: string;
    attributes: Record<string, { columnName: string }>;
  };
  return {
    tableName,
    column: (attribute: string) => attributes[attribute]!.columnName,
    knex: strapi.current.strapi.db.connection,
  };
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

  it('ne trouve rien d’une rubrique réservée aux membres, ni ne le compte', async () => {
    const rubriques = strapi.current.strapi.db.query('api::rubrique.rubrique');
    const search = () => api<SearchBody>(strapi.current.baseUrl, '/api/fiches/search?_q=Sinceny');
    const before = (await search()).body;
    expect(before.data.map((item) => item.title)).toContain('La marque au trident de Sinceny');
    await rubriques.updateMany({ where: { slug: 'marques-et-signatures' }, data: { membersOnly: true } });
    try {
      const after = (await search()).body;
      expect(after.data.map((item) => item.title)).not.toContain('La marque au trident de Sinceny');
      expect(after.meta.total).toBe(after.data.length);
      expect(after.meta.total).toBeLessThan(before.meta.total);
    } finally {
      await rubriques.updateMany({ where: { slug: 'marques-et-signatures' }, data: { membersOnly: false } });
    }
  });

  it('refuse une recherche vide', async () => {
    expect((await api(strapi.current.baseUrl, '/api/fiches/search?_q=')).status).toBe(400);
  });

  it('un mot dans plus de mille fiches : « plus de 1000 », et chaque fiche sur une seule page', async () => {
    const word = 'glaçurecommune';
    const { tableName, column, knex } = fichesTable();
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
      "SELECT reloptions FROM pg_class WHERE relname = 'fiche_search_words_gin'",
    )) as { rows: Array<{ reloptions: string[] | null }> };
    expect(rows[0]?.reloptions).toContain('fastupdate=off');
  });

  it('trouve une fiche quel que soit le chemin de son écriture, et l’oublie dès qu’elle est retirée', async () => {
    const word = 'cheminsdecriture';
    const { tableName, column, knex } = fichesTable();
    const found = async () =>
      (await api<SearchBody>(strapi.current.baseUrl, `/api/fiches/search?_q=${word}`)).body.data.map(
        (fiche) => fiche.documentId,
      );
    // Plain SQL, as an import or a technician would write it: no Strapi code runs.
    const [row] = (await knex(tableName)
      .insert({
        [column('documentId')]: 'recherche-chemin',
        [column('title')]: 'Chemin',
        [column('searchText')]: 'Chemin',
        [column('publishedAt')]: new Date(),
        [column('createdAt')]: new Date(),
        [column('updatedAt')]: new Date(),
      })
      .returning('id')) as Array<{ id: number }>;
    try {
      expect(await found()).toEqual([]);
      await knex(tableName)
        .where({ id: row!.id })
        .update({ [column('searchText')]: `Chemin ${word}` });
      expect(await found()).toEqual(['recherche-chemin']);
      await knex(tableName)
        .where({ id: row!.id })
        .update({ [column('publishedAt')]: null });
      expect(await found()).toEqual([]);
    } finally {
      await knex(tableName).where({ id: row!.id }).delete();
    }
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

/**
 * Benchmark: search across published fiches at scale, on PostgreSQL.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/aec_bench npm run bench:search -w cms -- --fiches 200000
 *
 * Boots the real Strapi on that database (schema, demo data, search index), adds N published
 * fiches with bulk inserts, then times the search service (the same code /api/fiches/search
 * runs) for a set of queries, and prints p50/p95/max with the query plan of the first one.
 */
import crypto from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import type * as StrapiModule from '@strapi/strapi';
import { bootStrapi } from '../tests/harness/boot';
import { applyTestEnv } from '../tests/harness/test-env';

const args = process.argv.slice(2);
const count = Number(args[args.indexOf('--fiches') + 1] ?? 200_000) || 200_000;
const appDir = path.resolve(__dirname, '..');

const WORDS =
  `faïence porcelaine grès terre vernissée Nevers Sèvres Rouen Moustiers Sinceny Quimper Lunéville Strasbourg
marque signature décor bleu manganèse camaïeu polychrome assiette pichet plat saladier soupière fontaine
manufacture atelier peintre tourneur four émail glaçure biscuit XVIIe XVIIIe XIXe révolutionnaire patriotique
collection musée vitrine inventaire catalogue vente exposition colloque archives datation attribution`.split(/\s+/);

/**
 * Text with the shape of real prose: a large vocabulary drawn with a Zipf law (a few words
 * very common, most rare), and the association's own terms appearing now and then. A tiny
 * vocabulary would make every query match most fiches, which no real collection does.
 */
const SYLLABLES = [
  'ba',
  'ce',
  'di',
  'fo',
  'gu',
  'la',
  'me',
  'no',
  'pi',
  'ra',
  'su',
  'te',
  'vo',
  'ri',
  'lan',
  'ter',
  'son',
  'mar',
];
const VOCABULARY = Array.from({ length: 30_000 }, (_, i) => {
  let word = '';
  for (let n = i + 1; n > 0; n = Math.floor(n / SYLLABLES.length)) word += SYLLABLES[n % SYLLABLES.length];
  return word;
});
const HARMONIC = VOCABULARY.reduce((sum, _, i) => sum + 1 / (i + 1), 0);

function zipfWord(random: () => number): string {
  let target = random() * HARMONIC;
  for (let i = 0; i < VOCABULARY.length; i += 1) {
    target -= 1 / (i + 1);
    if (target <= 0) return VOCABULARY[i]!;
  }
  return VOCABULARY[0]!;
}

function sentence(random: () => number, length: number): string {
  return Array.from({ length }, () =>
    random() < 0.02 ? WORDS[Math.floor(random() * WORDS.length)] : zipfWord(random),
  ).join(' ');
}

function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function main(): Promise<void> {
  if (!process.env.DATABASE_URL) throw new Error('DATABASE_URL (PostgreSQL) est requis pour ce banc d’essai.');
  applyTestEnv();
  // The same boot as the integration tests: the real Strapi on this database, demo data included.
  const { compileStrapi } = createRequire(__filename)('@strapi/strapi') as typeof StrapiModule;
  await compileStrapi({ appDir });
  const booted = await bootStrapi();
  const strapi = booted.strapi;
  const knex = strapi.db.connection;

  const existing = Number((await knex('fiches').whereNotNull('published_at').count({ n: '*' }).first())?.n ?? 0);
  const missing = Math.max(0, count - existing);
  const rubriques = (await knex('rubriques').select('id')).map((row: { id: number }) => row.id);
  const random = seeded(42);
  const started = Date.now();
  for (let done = 0; done < missing; done += 5000) {
    const batch = Math.min(5000, missing - done);
    const rows = Array.from({ length: batch }, () => {
      const title = sentence(random, 5);
      return {
        document_id: crypto.randomBytes(12).toString('hex'),
        title,
        search_text: `${title} ${sentence(random, 60)}`,
        review_state: 'brouillon',
        published_at: new Date(),
        created_at: new Date(),
        updated_at: new Date(),
      };
    });
    const inserted = (await knex('fiches').insert(rows).returning('id')) as Array<{ id: number }>;
    await knex('fiches_rubrique_lnk').insert(
      inserted.map(({ id }, i) => ({ fiche_id: id, rubrique_id: rubriques[i % rubriques.length] })),
    );
    process.stdout.write(
      `\r  fiches insérées : ${done + batch} / ${missing} (${Math.round((Date.now() - started) / 1000)} s)`,
    );
  }
  if (missing > 0) process.stdout.write('\n');
  await knex.raw('ANALYZE fiches');

  const service = strapi.service('api::fiche.search') as unknown as {
    search: (q: string, page: number) => Promise<{ meta: { total: number } }>;
  };
  const queries = [
    'Sinceny',
    'faïence Nevers',
    'marque bleu',
    'manufacture Sèvres porcelaine',
    'colloque archives',
    'pichet manganèse',
    'Quimper',
    'décor polychrome assiette',
  ];
  for (const q of queries) await service.search(q, 1); // warm up
  const timings: number[] = [];
  let totals = '';
  for (let round = 0; round < 5; round += 1) {
    for (const q of queries) {
      const t0 = performance.now();
      const result = await service.search(q, 1);
      timings.push(performance.now() - t0);
      if (round === 0) totals += `    « ${q} » : ${result.meta.total} résultats\n`;
    }
  }
  timings.sort((a, b) => a - b);
  const plan = await knex.raw(
    "EXPLAIN ANALYZE SELECT f.document_id FROM fiche_search_words w JOIN fiches f ON f.id = w.fiche_id WHERE f.published_at IS NOT NULL AND w.words @@ plainto_tsquery('french', ?) LIMIT 20",
    ['faïence Nevers'],
  );
  const published = Number((await knex('fiches').whereNotNull('published_at').count({ n: '*' }).first())?.n ?? 0);
  console.log(`
Recherche dans ${published} fiches publiées (PostgreSQL, ${timings.length} requêtes, service de recherche complet : décompte + 20 résultats) :
  p50 ${percentile(timings, 50).toFixed(1)} ms   p95 ${percentile(timings, 95).toFixed(1)} ms   max ${timings.at(-1)!.toFixed(1)} ms
${totals}
Plan (EXPLAIN ANALYZE) :
${(plan.rows as Array<Record<string, string>>).map((row) => `    ${Object.values(row)[0]}`).join('\n')}
`);
  await booted.destroy();
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

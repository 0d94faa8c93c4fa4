/**
 * npm run backup / npm run restore: a backup restored into a fresh database finds every member,
 * payment, fiche and image. Skipped, with a line saying so, where pg_dump is missing or older than the server.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { describe, expect, it, onTestFinished } from 'vitest';
import { backup, restore, UPLOADS } from '../../scripts/backup';
import { api, loginAs } from './harness/http';
import { useStrapi } from './harness/strapi';

const url = process.env.DATABASE_URL;
// pg_dump and pg_restore come with PostgreSQL's client tools, which the local server does not bring.
const tools = spawnSync('pg_dump', ['--version'], { encoding: 'utf8' });
const toolsMajor = Number(/(\d+)\./.exec(tools.stdout ?? '')?.[1] ?? 0);
if (tools.status !== 0) console.warn('[sauvegarde] pg_dump absent (outils clients de PostgreSQL) : test ignoré.');

const strapi = useStrapi();
const TABLES = ['up_users', 'member_profiles', 'second_members', 'dues_payments', 'fiches', 'files', 'pages'];

async function counts(connectionString: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const result: Record<string, number> = {};
    for (const table of TABLES)
      result[table] = Number((await client.query(`SELECT count(*) AS n FROM ${table}`)).rows[0].n);
    return result;
  } finally {
    await client.end();
  }
}

describe.skipIf(tools.status !== 0)('la sauvegarde et sa restauration', () => {
  it('retrouvent chaque membre, paiement, fiche et image dans une base neuve', async (context) => {
    const version = (await strapi.current.strapi.db.connection.raw('SHOW server_version_num')) as {
      rows: Array<{ server_version_num: string }>;
    };
    const serverMajor = Math.floor(Number(version.rows[0]?.server_version_num) / 10000);
    if (toolsMajor < serverMajor) context.skip(`pg_dump ${toolsMajor} ne lit pas un serveur ${serverMajor}`);
    // At least one image, uploaded the way a member does.
    const token = await loginAs(strapi.current.baseUrl, 'marie.dupont@exemple.fr');
    const created = await api<{ data: { documentId: string } }>(strapi.current.baseUrl, '/api/me/fiches', {
      method: 'POST',
      token,
      body: { data: { title: 'Fiche à sauvegarder', rubrique: 'bibliographie', text: 'Texte.', images: [] } },
    });
    const form = new FormData();
    form.append('image', new Blob([fs.readFileSync(path.join(__dirname, 'fixtures', 'pixel.png'))]), 'pixel.png');
    form.append('alt', 'Une image sauvegardée');
    await fetch(`${strapi.current.baseUrl}/api/me/fiches/${created.body.data.documentId}/images`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });

    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'aec-backup-'));
    onTestFinished(() => fs.rmSync(folder, { recursive: true, force: true }));
    const saved = backup(url!, folder);
    expect(saved.images).toBeGreaterThan(0);

    const target = new URL(url!);
    const name = `${target.pathname.slice(1)}_restore`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    target.pathname = `/${name}`;

    const freshUploads = fs.mkdtempSync(path.join(os.tmpdir(), 'aec-uploads-'));
    onTestFinished(() => fs.rmSync(freshUploads, { recursive: true, force: true }));
    const restored = restore(target.toString(), folder, freshUploads);
    expect(restored.images).toBe(saved.images);
    expect(await counts(target.toString())).toEqual(await counts(url!));
    const client = new pg.Client({ connectionString: target.toString() });
    await client.connect();
    const files = (await client.query('SELECT url FROM files')).rows as Array<{ url: string }>;
    await client.end();
    for (const file of files)
      expect(fs.existsSync(path.join(freshUploads, path.basename(file.url))), file.url).toBe(true);
    expect(fs.existsSync(UPLOADS)).toBe(true);
  });
});

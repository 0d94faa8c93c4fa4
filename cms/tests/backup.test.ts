/**
 * npm run backup / npm run restore: a backup restored into a fresh database finds every member,
 * payment, fiche and image. PostgreSQL only (CI); skipped on SQLite, with a line saying so.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { backup, restore, UPLOADS } from '../../scripts/backup';
import { api, loginAs } from './harness/http';
import { useStrapi } from './harness/strapi';

const url = process.env.DATABASE_URL;
if (!url) console.warn('[sauvegarde] pas de DATABASE_URL (PostgreSQL) : test de sauvegarde ignoré.');

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

describe.skipIf(!url)('la sauvegarde et sa restauration', () => {
  it('retrouvent chaque membre, paiement, fiche et image dans une base neuve', async () => {
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

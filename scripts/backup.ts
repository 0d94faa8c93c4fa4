/**
 * `npm run backup` / `npm run restore`: the whole association in one folder — the PostgreSQL
 * database (pg_dump, custom format) and the uploaded images (cms/public/uploads).
 *
 *   DATABASE_URL=postgres://… npm run backup [-- --to backups/2026-11-26]
 *   DATABASE_URL=postgres://… npm run restore -- --from backups/2026-11-26
 *
 * Restore expects an empty database (createdb first) and replaces the uploads folder's files.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './stack';

export const UPLOADS = path.join(ROOT, 'cms', 'public', 'uploads');

function copyFiles(from: string, to: string): number {
  fs.mkdirSync(to, { recursive: true });
  let count = 0;
  for (const name of fs.readdirSync(from)) {
    if (name === '.gitkeep') continue;
    const source = path.join(from, name);
    if (fs.statSync(source).isFile()) {
      fs.copyFileSync(source, path.join(to, name));
      count += 1;
    }
  }
  return count;
}

export function backup(databaseUrl: string, folder: string, uploads = UPLOADS): { images: number } {
  fs.mkdirSync(folder, { recursive: true });
  execFileSync(
    'pg_dump',
    ['--format=custom', '--no-owner', '--no-privileges', `--file=${path.join(folder, 'database.dump')}`, databaseUrl],
    {
      stdio: 'inherit',
    },
  );
  const images = fs.existsSync(uploads) ? copyFiles(uploads, path.join(folder, 'uploads')) : 0;
  fs.writeFileSync(
    path.join(folder, 'sauvegarde.json'),
    JSON.stringify({ madeAt: new Date().toISOString(), images }, null, 2),
  );
  return { images };
}

export function restore(databaseUrl: string, folder: string, uploads = UPLOADS): { images: number } {
  const dump = path.join(folder, 'database.dump');
  if (!fs.existsSync(dump)) throw new Error(`Pas de sauvegarde dans ${folder} (database.dump manquant).`);
  execFileSync('pg_restore', ['--no-owner', '--no-privileges', '--exit-on-error', `--dbname=${databaseUrl}`, dump], {
    stdio: 'inherit',
  });
  const saved = path.join(folder, 'uploads');
  const images = fs.existsSync(saved) ? copyFiles(saved, uploads) : 0;
  return { images };
}

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

if (require.main === module) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error('DATABASE_URL est requis (la sauvegarde concerne la base PostgreSQL de production).');
    process.exit(1);
  }
  const command = process.argv[2];
  if (command === 'backup') {
    const folder = path.resolve(
      option('--to') ?? path.join(ROOT, 'backups', new Date().toISOString().slice(0, 19).replace(/:/g, '-')),
    );
    const { images } = backup(url, folder);
    console.log(`Sauvegarde faite dans ${folder} (base + ${images} images).`);
  } else if (command === 'restore') {
    const from = option('--from');
    if (!from) {
      console.error('Indiquez la sauvegarde : npm run restore -- --from backups/<date>');
      process.exit(1);
    }
    const { images } = restore(url, path.resolve(from));
    console.log(`Restauration faite depuis ${from} (base + ${images} images).`);
  } else {
    console.error('Usage : tsx scripts/backup.ts backup|restore');
    process.exit(1);
  }
}

/**
 * `npm run dev`: watch mode. The inbox, `strapi develop` (rebuilds on change) and `astro dev`.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { startInbox } from './mail-inbox';
import { appDatabase } from './postgres';
import { ensureLocalSecrets, ensureNodeVersion, ROOT } from './stack';

async function main(): Promise<void> {
  ensureNodeVersion();
  ensureLocalSecrets();
  const inbox = await startInbox({ smtpPort: 1025, httpPort: 1080, log: true });
  const database = await appDatabase();
  const env = {
    ...process.env,
    DATABASE_URL: database.url,
    NODE_ENV: 'development',
    SMTP_PORT: '1025',
    STRAPI_TELEMETRY_DISABLED: 'true',
    BROWSER: 'none',
  };
  const children = [
    spawn('npx', ['tsc', '-w', '-p', 'tsconfig.build.json', '--preserveWatchOutput'], {
      cwd: path.join(ROOT, 'config'),
      stdio: 'inherit',
      env,
    }),
    spawn('npx', ['strapi', 'develop', '--no-build-admin'], { cwd: path.join(ROOT, 'cms'), stdio: 'inherit', env }),
    spawn('npx', ['astro', 'dev', '--host', '127.0.0.1', '--port', '4321'], {
      cwd: path.join(ROOT, 'site'),
      stdio: 'inherit',
      env,
    }),
  ];
  console.log(`Boîte mail locale : ${inbox.url} — site : http://localhost:4321 — admin : http://127.0.0.1:1337/admin`);
  process.on('SIGINT', () => {
    for (const child of children) child.kill('SIGTERM');
    void inbox
      .close()
      .then(() => database.stop())
      .then(() => process.exit(0));
  });
}

void main();

/**
 * `npm start`: builds what needs building, then runs the local mail inbox, Strapi and the site
 * on embedded defaults (a local PostgreSQL, demo data), and prints where to go. Ctrl-C stops
 * everything.
 */
import path from 'node:path';
import { DEMO_ADMIN, DEMO_MEMBER_PASSWORD, DEMO_MEMBERS, DEMO_STAFF } from '../cms/src/bootstrap/demo-content.fr';
import { appDatabase, LOCAL_DATA_DIR } from './postgres';
import { buildIfNeeded, ensureLocalSecrets, ensureNodeVersion, startStack } from './stack';

const INBOX_HTTP_PORT = Number(process.env.INBOX_PORT ?? 1080);
const SMTP_PORT = Number(process.env.SMTP_PORT ?? 1025);
const SITE_PORT = Number(process.env.SITE_PORT ?? 4321);
const STRAPI_PORT = Number(process.env.STRAPI_PORT ?? 1337);

async function main(): Promise<void> {
  ensureNodeVersion();
  const started = Date.now();
  ensureLocalSecrets();
  buildIfNeeded({ admin: true });
  console.log('→ Démarrage de la base de données, de la boîte mail locale, de Strapi et du site…');
  const database = await appDatabase();
  const stack = await startStack({
    cmsEnv: { DATABASE_URL: database.url },
    sitePort: SITE_PORT,
    strapiPort: STRAPI_PORT,
    smtpPort: SMTP_PORT,
    inboxPort: INBOX_HTTP_PORT,
    verbose: process.argv.includes('--verbose'),
  });

  const labels: Record<string, string> = {
    marie: 'cotisation à jour',
    jean: 'échéance dépassée',
    claire: 'couple (deuxième adhérent : Paul)',
    henri: 'compte désactivé',
  };
  console.log(`
Prêt en ${Math.round((Date.now() - started) / 1000)} s.

  Site des membres      ${stack.siteUrl}
  Administration        ${stack.strapiUrl}/admin   (${DEMO_ADMIN.email} / ${DEMO_ADMIN.password})
  Boîte mail locale     ${stack.inbox.url}
${DEMO_STAFF.map((person) => `  ${person.firstname.padEnd(21)} ${person.email} / ${person.password}`).join('\n')}

  Comptes de démonstration (mot de passe : ${DEMO_MEMBER_PASSWORD})
${DEMO_MEMBERS.map((member) => `    ${member.email.padEnd(28)} ${labels[member.key] ?? ''}`).join('\n')}

Ctrl-C pour tout arrêter. ${
    database.local
      ? `Les données restent dans ${path.relative(process.cwd(), LOCAL_DATA_DIR)} pour le prochain démarrage.`
      : 'Les données restent dans la base de DATABASE_URL.'
  }
`);

  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    console.log('\nArrêt…');
    await stack.stop();
    await database.stop();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  const exitWith = (name: string) => () => {
    if (stopping) return;
    console.error(`${name} s’est arrêté de façon inattendue.`);
    void shutdown();
  };
  stack.strapi.once('exit', exitWith('Strapi'));
  stack.site.once('exit', exitWith('Le site'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

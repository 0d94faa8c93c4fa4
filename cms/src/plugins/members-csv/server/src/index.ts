/**
 * The server side of the "Export et import des membres" page: admin routes (the admin's own
 * login, under /members-csv), open only to admin roles holding this plugin's permission: the
 * Bénévole role and the Super Admin, never the Éditeur.
 */
import { readFile, stat } from 'node:fs/promises';
import type { Core } from '@strapi/strapi';
import { registerPluginActions } from '../../../../bootstrap/admin-actions';
import { decodeCsv, exportColumnsSchema, memberCsvColumns, todayIn, association, z } from '@aec/config';
import { exportPaymentsCsv } from '../../../../api/dues-payment/services/csv-export';
import { exportAudiences, exportMembersCsv } from '../../../../api/member-profile/services/csv-export';
import { serviceOf, uids } from '../../../../db';
import { refuse, type AdminContext } from '../../../../utils/admin-route';
import { MEMBERS_CSV_ACTION, PLUGIN_NAME } from './action';

const memberImports = (strapi: Core.Strapi) => serviceOf(strapi, uids.memberImport);

const MAX_FILE_BYTES = 5 * 1024 * 1024;

const policies = [
  'admin::isAuthenticatedAdmin',
  { name: 'admin::hasPermissions', config: { actions: [MEMBERS_CSV_ACTION] } },
];

const exportQuery = z.object({
  columns: z
    .string()
    .max(1000)
    .transform((value) => value.split(',').filter(Boolean))
    .pipe(exportColumnsSchema),
  audience: z.enum(exportAudiences).default('tous'),
});

const paymentsQuery = z.object({ year: z.coerce.number().int().min(1900).max(2200) });

async function uploadedCsv(ctx: AdminContext): Promise<{ text: string; fileName: string } | null> {
  const file = ctx.request.files?.file as { filepath: string; originalFilename?: string | null } | undefined;
  if (!file?.filepath) {
    refuse(ctx, 400, 'Choisissez un fichier CSV enregistré depuis votre tableur.');
    return null;
  }
  // Members' personal data does not stay in the temporary folder: the file goes once answered
  // (middlewares/discard-uploaded-files.ts).
  if ((await stat(file.filepath)).size > MAX_FILE_BYTES) {
    refuse(ctx, 413, 'Ce fichier dépasse 5 Mo : découpez-le en plusieurs fichiers.');
    return null;
  }
  return { text: decodeCsv(await readFile(file.filepath)), fileName: file.originalFilename ?? 'membres.csv' };
}

function actorLabel(ctx: AdminContext): string {
  const user = ctx.state.user ?? {};
  const name = [user.firstname, user.lastname].filter(Boolean).join(' ');
  return `${name ? `${name} (${user.email})` : String(user.email)}, import CSV`;
}

const controller = ({ strapi }: { strapi: Core.Strapi }) => ({
  options(ctx: AdminContext) {
    ctx.body = {
      columns: memberCsvColumns.map((c) => ({ key: c.key, header: c.header, importable: c.importable })),
      audiences: exportAudiences,
    };
  },

  async export(ctx: AdminContext) {
    const parsed = exportQuery.safeParse(ctx.query);
    if (!parsed.success) return refuse(ctx, 400, 'Cochez au moins une colonne à exporter.');
    const { csv, count } = await exportMembersCsv(strapi, parsed.data.columns, parsed.data.audience);
    const { shortName } = await serviceOf(strapi, uids.associationSetting).identity();
    const name = `membres-${shortName.toLowerCase()}-${todayIn(association.reminders.timezone)}.csv`;
    ctx.set('Content-Type', 'text/csv; charset=utf-8');
    ctx.set('Content-Disposition', `attachment; filename="${name}"`);
    ctx.set('X-Members-Count', String(count));
    ctx.set('Cache-Control', 'no-store');
    ctx.body = csv;
  },

  /** The treasurer's file: a year's payments. */
  async payments(ctx: AdminContext) {
    const parsed = paymentsQuery.safeParse(ctx.query);
    if (!parsed.success) return refuse(ctx, 400, 'Choisissez l’année des paiements à exporter.');
    const { csv, count } = await exportPaymentsCsv(strapi, parsed.data.year);
    const { shortName } = await serviceOf(strapi, uids.associationSetting).identity();
    const name = `paiements-${shortName.toLowerCase()}-${parsed.data.year}.csv`;
    ctx.set('Content-Type', 'text/csv; charset=utf-8');
    ctx.set('Content-Disposition', `attachment; filename="${name}"`);
    ctx.set('X-Payments-Count', String(count));
    ctx.set('Cache-Control', 'no-store');
    ctx.body = csv;
  },

  async check(ctx: AdminContext) {
    const upload = await uploadedCsv(ctx);
    if (!upload) return;
    ctx.body = await memberImports(strapi).preview(upload.text);
  },

  async import(ctx: AdminContext) {
    const upload = await uploadedCsv(ctx);
    if (!upload) return;
    const result = await memberImports(strapi).start({
      ...upload,
      actorLabel: actorLabel(ctx),
      welcomeMails: String(ctx.request.body?.welcomeMails ?? 'true') !== 'false',
    });
    if ('busy' in result) return refuse(ctx, 409, 'Un import est déjà en cours : attendez qu’il se termine.');
    ctx.status = 202;
    ctx.body = result;
  },

  async progress(ctx: AdminContext) {
    const progress = await memberImports(strapi).progress(Number(ctx.params.id));
    if (!progress) return refuse(ctx, 404, 'Import introuvable.');
    ctx.body = progress;
  },
});

const route = (method: 'GET' | 'POST', path: string, action: keyof ReturnType<typeof controller>) => ({
  method,
  path,
  handler: `csv.${action}`,
  config: { policies },
});

export default {
  /** Before the admin's bootstrap, which gives the Super Admin every action registered by then. */
  async register({ strapi }: { strapi: Core.Strapi }) {
    await registerPluginActions(strapi, PLUGIN_NAME, [
      { uid: 'manage', displayName: 'Exporter et importer la liste des membres (CSV)' },
    ]);
  },
  controllers: { csv: controller },
  routes: {
    admin: {
      type: 'admin',
      routes: [
        route('GET', '/options', 'options'),
        route('GET', '/export', 'export'),
        route('GET', '/payments', 'payments'),
        route('POST', '/import/check', 'check'),
        route('POST', '/import', 'import'),
        route('GET', '/import/:id', 'progress'),
      ],
    },
  },
};

/**
 * « Courriels »: the latest mails of the queue, to whom, what, and where they stand (en attente,
 * envoyé, abandonné, with the last error), for the staff to answer « je n’ai rien reçu ». The
 * Bénévole sees the addresses; the Éditeur sees them masked.
 */
import type { Core } from '@strapi/strapi';
import { registerPluginActions } from '../../../../bootstrap/admin-actions';
import { MAIL_STATES, z } from '@aec/config';
import { listMails } from '../../../../mail/outbox';
import { refuse, type AdminContext } from '../../../../utils/admin-route';
import { MAILS_READ, MAILS_READ_ADDRESSES, PLUGIN_NAME } from './actions';

const listQuery = z.object({
  etat: z.enum(MAIL_STATES).optional(),
});

const controller = ({ strapi }: { strapi: Core.Strapi }) => ({
  async list(ctx: AdminContext) {
    const parsed = listQuery.safeParse(ctx.query);
    if (!parsed.success) return refuse(ctx, 400, 'État inconnu.');
    const addresses = Boolean(ctx.state.userAbility?.can(MAILS_READ_ADDRESSES));
    ctx.body = { data: await listMails(strapi, { state: parsed.data.etat, limit: 200, addresses }) };
  },
});

export default {
  async register({ strapi }: { strapi: Core.Strapi }) {
    await registerPluginActions(strapi, PLUGIN_NAME, [
      { uid: 'read', displayName: 'Voir les courriels envoyés' },
      { uid: 'read-addresses', displayName: 'Voir les adresses des destinataires' },
    ]);
  },
  controllers: { mails: controller },
  routes: {
    admin: {
      type: 'admin',
      routes: [
        {
          method: 'GET',
          path: '/list',
          handler: 'mails.list',
          config: {
            policies: [
              'admin::isAuthenticatedAdmin',
              { name: 'admin::hasPermissions', config: { actions: [MAILS_READ] } },
            ],
          },
        },
      ],
    },
  },
};

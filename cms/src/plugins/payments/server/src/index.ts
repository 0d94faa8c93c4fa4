/**
 * « Enregistrer un paiement »: what the form proposes once the member is chosen (the period that
 * follows the last, the member's dues), for whoever may create payments.
 */
import type { Core } from '@strapi/strapi';
import { z } from '@aec/config';
import { proposedPayment } from '../../../../api/dues-payment/document-middlewares/propose-period-and-amount';
import { uids } from '../../../../db';
import { refuse, type AdminContext } from '../../../../utils/admin-route';

const proposalQuery = z.object({ member: z.string().min(1).max(64) });

const controller = ({ strapi }: { strapi: Core.Strapi }) => ({
  async proposal(ctx: AdminContext) {
    if (!ctx.state.userAbility?.can('plugin::content-manager.explorer.create', uids.duesPayment))
      return refuse(ctx, 403, 'Vous n’avez pas accès à cette page.');
    const parsed = proposalQuery.safeParse(ctx.query);
    const proposed = parsed.success ? await proposedPayment(strapi, parsed.data.member) : null;
    if (!proposed) return refuse(ctx, 404, 'Membre introuvable.');
    ctx.body = { data: proposed };
  },
});

export default {
  controllers: { payments: controller },
  routes: {
    admin: {
      type: 'admin',
      routes: [
        {
          method: 'GET',
          path: '/proposal',
          handler: 'payments.proposal',
          config: { policies: ['admin::isAuthenticatedAdmin'] },
        },
      ],
    },
  },
};

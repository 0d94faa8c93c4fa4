/**
 * « Enregistrer un paiement »: what the form proposes once the member is chosen (the period that
 * follows the last, the member's dues), for whoever may create payments.
 */
import type { Core } from '@strapi/strapi';
import { z } from '@aec/config';
import { proposedPayment } from '../../../../api/dues-payment/document-middlewares/propose-period-and-amount';
import { uids } from '../../../../db';

interface AdminContext {
  state: { userAbility?: { can: (action: string, subject?: string) => boolean } };
  query: unknown;
  status: number;
  body: unknown;
}

const proposalQuery = z.object({ member: z.string().min(1).max(64) });

const controller = ({ strapi }: { strapi: Core.Strapi }) => ({
  async proposal(ctx: AdminContext) {
    if (!ctx.state.userAbility?.can('plugin::content-manager.explorer.create', uids.duesPayment)) {
      ctx.status = 403;
      ctx.body = { error: { message: 'Vous n’avez pas accès à cette page.' } };
      return;
    }
    const parsed = proposalQuery.safeParse(ctx.query);
    const proposed = parsed.success ? await proposedPayment(strapi, parsed.data.member) : null;
    if (!proposed) {
      ctx.status = 404;
      ctx.body = { error: { message: 'Membre introuvable.' } };
      return;
    }
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

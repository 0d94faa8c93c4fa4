/** « Enregistrer un paiement »: the period and amount proposed in the form once the member is chosen. */
import type { StrapiApp } from '@strapi/strapi/admin';
import type { ContentManagerPlugin } from '@strapi/content-manager/strapi-admin';
import { PaymentProposalPanel } from './ProposalPanel';
import { texts } from './texts.fr';

const PLUGIN_NAME = 'payments';

export default {
  register(app: StrapiApp) {
    app.registerPlugin({ id: PLUGIN_NAME, name: texts.title });
  },
  bootstrap(app: StrapiApp) {
    const apis = app.getPlugin('content-manager').apis as ContentManagerPlugin['config']['apis'];
    apis.addEditViewSidePanel([PaymentProposalPanel]);
  },
};

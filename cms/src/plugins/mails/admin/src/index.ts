/** The « Courriels » page in the admin menu, for the roles holding its permission. */
import type { StrapiApp } from '@strapi/strapi/admin';
import { Mail } from '@strapi/icons';
import { texts } from './texts.fr';

const PLUGIN_NAME = 'mails';

export default {
  register(app: StrapiApp) {
    app.registerPlugin({ id: PLUGIN_NAME, name: texts.menu });
    app.addMenuLink({
      to: 'courriels',
      icon: Mail,
      intlLabel: { id: `${PLUGIN_NAME}.menu`, defaultMessage: texts.menu },
      permissions: [{ action: `plugin::${PLUGIN_NAME}.read`, subject: null }],
      Component: () => import('./MailsPage'),
    });
  },
};

/**
 * The admin side of the "Export et import des membres" page: a menu entry for the roles holding
 * the plugin's permission (Bénévole, Super Admin), at /admin/membres-csv.
 */
import type { StrapiApp } from '@strapi/strapi/admin';
import { FileCsv } from '@strapi/icons';
import { texts } from './texts.fr';

const PLUGIN_NAME = 'members-csv';

export default {
  register(app: StrapiApp) {
    app.registerPlugin({ id: PLUGIN_NAME, name: texts.menu });
    app.addMenuLink({
      to: 'membres-csv',
      icon: FileCsv,
      intlLabel: { id: `${PLUGIN_NAME}.menu`, defaultMessage: texts.menu },
      permissions: [{ action: `plugin::${PLUGIN_NAME}.manage`, subject: null }],
      Component: () => import('./MembersCsvPage'),
    });
  },
};

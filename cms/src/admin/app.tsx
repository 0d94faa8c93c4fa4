/**
 * The admin panel in French for the association's volunteers and editors: French is offered,
 * and chosen for every demo account (each person can still switch in their profile).
 * One page of our own: "Export et import des membres", for roles holding its permission.
 */
import type { StrapiApp } from '@strapi/strapi/admin';
import { FileCsv } from '@strapi/icons';
import { texts } from './members-csv/texts.fr';

export default {
  config: {
    locales: ['fr'],
  },
  register(app: StrapiApp) {
    app.addMenuLink({
      to: 'membres-csv',
      icon: FileCsv,
      intlLabel: { id: 'aec.members-csv.menu', defaultMessage: texts.menu },
      permissions: [{ action: 'api::members-csv.manage', subject: null }],
      Component: () => import('./members-csv/MembersCsvPage'),
    });
  },
  bootstrap() {},
};

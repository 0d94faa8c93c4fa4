/** « Ce qui vous attend » on the admin's home page, for everyone on the staff. */
import type { StrapiApp } from '@strapi/strapi/admin';
import { Bell, ChartPie } from '@strapi/icons';
import { texts } from './texts.fr';

const PLUGIN_NAME = 'waiting';

export default {
  register(app: StrapiApp) {
    app.registerPlugin({ id: PLUGIN_NAME, name: texts.title });
    app.widgets.register({
      id: 'summary',
      pluginId: PLUGIN_NAME,
      icon: Bell,
      title: { id: `${PLUGIN_NAME}.title`, defaultMessage: texts.title },
      component: async () => (await import('./WaitingWidget')).WaitingWidget,
    });
    app.widgets.register({
      id: 'members-year',
      pluginId: PLUGIN_NAME,
      icon: ChartPie,
      title: { id: `${PLUGIN_NAME}.chartTitle`, defaultMessage: texts.chartTitle },
      component: async () => (await import('./WaitingWidget')).MembersYearWidget,
      // Only for those who read the members' list (the Bénévole, the Super Admin).
      permissions: [{ action: 'plugin::content-manager.explorer.read', subject: 'api::member-profile.member-profile' }],
    });
  },
};

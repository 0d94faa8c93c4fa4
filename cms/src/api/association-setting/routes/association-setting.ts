/**
 * The settings are changed in the admin only; the site reads the association's identity (every
 * page) and the dues amounts (« Adhérer ») here, and a member's page gets the rest with their account.
 */
export default {
  type: 'content-api',
  routes: [
    {
      method: 'GET',
      path: '/reglages/association',
      handler: 'association-setting.identity',
      config: { policies: [], middlewares: [] },
    },
    {
      method: 'GET',
      path: '/reglages/cotisations',
      handler: 'association-setting.dues',
      config: { policies: [], middlewares: [] },
    },
  ],
};

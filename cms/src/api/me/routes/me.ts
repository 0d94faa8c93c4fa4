/**
 * The member's own endpoints. "Me" always comes from the access token (ctx.state.user),
 * never from the URL or the body.
 */
export default {
  type: 'content-api',
  routes: [
    {
      method: 'GET',
      path: '/me/account',
      handler: 'me.account',
      config: { policies: [], middlewares: [] },
    },
  ],
};

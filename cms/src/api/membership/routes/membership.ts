/**
 * Adhérer: the join request and the link that confirms the address. Public routes; the
 * request is rate limited per client address and per typed address.
 */
export default {
  type: 'content-api',
  routes: [
    { method: 'POST', path: '/membership/join', handler: 'membership.join', config: { policies: [], middlewares: [] } },
    {
      method: 'POST',
      path: '/membership/confirm',
      handler: 'membership.confirm',
      config: { policies: [], middlewares: [] },
    },
  ],
};

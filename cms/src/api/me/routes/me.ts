/**
 * The member's own endpoints. "Me" always comes from the access token (ctx.state.user),
 * never from the URL or the body. Each route needs its permission on the Authenticated role
 * (bootstrap/permissions.ts); confirming a new address only needs the link's token.
 */
const route = (method: 'GET' | 'PUT' | 'POST' | 'DELETE', path: string, handler: string) => ({
  method,
  path,
  handler: handler.includes('.') ? handler : `me.${handler}`,
  config: { policies: [], middlewares: [] },
});

export default {
  type: 'content-api',
  routes: [
    route('GET', '/me/account', 'account'),
    route('PUT', '/me/profile', 'updateProfile'),
    route('POST', '/me/email-change/confirm', 'confirmEmailChange'),
    route('POST', '/me/dues/declarations', 'declareTransfer'),
    route('GET', '/me/data', 'exportData'),
    route('POST', '/me/erasure-request', 'requestErasure'),
    route('GET', '/me/fiches', 'fiches.list'),
    route('POST', '/me/fiches', 'fiches.create'),
    route('GET', '/me/fiches/:id', 'fiches.findOne'),
    route('PUT', '/me/fiches/:id', 'fiches.update'),
    route('DELETE', '/me/fiches/:id', 'fiches.remove'),
    route('POST', '/me/fiches/:id/images', 'fiches.addImage'),
  ],
};

/**
 * The member's own endpoints. "Me" always comes from the access token (ctx.state.user),
 * never from the URL or the body. Each route needs its permission on the Authenticated role
 * (bootstrap/permissions.ts); confirming a new address only needs the link's token.
 */
import { memberStrategy } from '../../../extensions/users-permissions/member-strategy';

const route = (
  method: 'GET' | 'PUT' | 'POST' | 'DELETE',
  path: string,
  handler: string,
  access: 'member' | 'link' = 'member',
) => ({
  method,
  path,
  handler: handler.includes('.') ? handler : `me.${handler}`,
  config: {
    policies: [],
    middlewares: [],
    // A member's access token: the same checks as users-permissions', in fewer queries. A link from a
    // mail is opened by whoever holds it, logged in or not: the plugin's usual (public) check.
    ...(access === 'member' ? { auth: { strategies: [memberStrategy] } } : {}),
  },
});

export default {
  type: 'content-api',
  routes: [
    route('GET', '/me/account', 'account'),
    route('PUT', '/me/profile', 'updateProfile'),
    route('POST', '/me/email-change/confirm', 'confirmEmailChange', 'link'),
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

/**
 * What we change in users-permissions, and nothing else:
 * - login (`/auth/local`) chooses a short session or a remembered one ("Se souvenir de moi"),
 *   and says "account deactivated" only after a correct password;
 * - forgot/reset password use hashed, expiring, single-use links and answer the same whatever
 *   the address;
 * - password changes follow the association's password policy and close every other session;
 * - an access token stops working as soon as its session is revoked (logout, reset);
 * - attempts are rate-limited per client address and per account;
 * - routes a member must never reach are removed, not only left without permission;
 * - the account type reads « Compte de connexion » in the admin's content menu, not « User ».
 */
import type { Core } from '@strapi/strapi';
import { createAuthController } from './auth-controller';
import { sessionAlive } from './sessions';

/** Routes removed from the content API. Joining goes through our own flow. */
const REMOVED_HANDLERS = new Set([
  'auth.register',
  'auth.emailConfirmation',
  'auth.sendEmailConfirmation',
  'auth.connect',
  'user.create',
  'user.update',
  'user.destroy',
  'user.find',
  'user.findOne',
  'user.count',
]);

interface RouteDefinition {
  method?: string;
  path?: string;
  handler: string;
  config?: Record<string, unknown>;
}

interface JwtService {
  verify: (token: string) => Promise<{ id: number; sessionId?: string }>;
  [key: string]: unknown;
}

type Factory<T> = (context: { strapi: Core.Strapi }) => T;

interface UsersPermissionsPlugin {
  contentTypes: { user: { schema: { info: { displayName: string } } } };
  controllers: { auth: Factory<Record<string, (ctx: never) => unknown>> };
  services: { jwt: Factory<JwtService> };
  routes: { 'content-api': { routes: RouteDefinition[] } };
}

export default (plugin: UsersPermissionsPlugin) => {
  plugin.contentTypes.user.schema.info.displayName = 'Compte de connexion';

  const baseAuth = plugin.controllers.auth;
  plugin.controllers.auth = ({ strapi }) => ({ ...baseAuth({ strapi }), ...createAuthController(strapi) });

  const baseJwt = plugin.services.jwt;
  plugin.services.jwt = ({ strapi }) => {
    const jwt = baseJwt({ strapi });
    return {
      ...jwt,
      // An access token of a revoked or expired session is refused at once, not 10 minutes later.
      async verify(token: string) {
        const result = await jwt.verify(token);
        if (result.sessionId && !(await sessionAlive(strapi, result.sessionId, String(result.id)))) {
          throw new Error('Invalid token.');
        }
        return result;
      },
    };
  };

  const router = plugin.routes['content-api'];
  router.routes = [
    ...router.routes.filter((route) => !REMOVED_HANDLERS.has(route.handler)),
    { method: 'POST', path: '/auth/reset-password/check', handler: 'auth.checkResetLink', config: { prefix: '' } },
  ];
  return plugin;
};

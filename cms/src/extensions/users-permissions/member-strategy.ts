/**
 * How the member's own routes (/api/me/*) know who is calling: the same checks as
 * users-permissions' own strategy, in fewer steps. Each of these requests used to pay for an
 * API-token lookup (a member's token is never one), the plugin's settings, and the role's
 * permissions turned into a fresh CASL ability; here the access token is verified (signature,
 * expiry, and its session still open), the account read (it must exist, be confirmed and not
 * blocked), and the route's permission looked up in the role's permissions, kept 10 seconds.
 * Named like the plugin's strategy: for the rest of the app, it is the member's login.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

const USER = 'plugin::users-permissions.user';
const ROLE = 'plugin::users-permissions.role';
export const ROLE_PERMISSIONS_TTL_MS = 10_000;

const rolePermissions = new Map<number, { until: number; actions: Promise<Set<string>> }>();

function app(): Core.Strapi {
  return (globalThis as unknown as { strapi: Core.Strapi }).strapi;
}

/** The actions a role may perform; a permission changed in the admin applies within 10 seconds. */
function actionsOf(roleId: number): Promise<Set<string>> {
  const cached = rolePermissions.get(roleId);
  if (cached && cached.until > Date.now()) return cached.actions;
  const actions = app()
    .db.query(ROLE)
    .load({ id: roleId }, 'permissions')
    .then((permissions) => new Set((permissions as Array<{ action: string }>).map((p) => p.action)));
  rolePermissions.set(roleId, { until: Date.now() + ROLE_PERMISSIONS_TTL_MS, actions });
  actions.catch(() => rolePermissions.delete(roleId));
  return actions;
}

/** For tests that change a role's permissions. */
export function forgetRolePermissions(): void {
  rolePermissions.clear();
}

export interface Context {
  request: { header: { authorization?: string } };
  state: Record<string, unknown>;
}

export interface Member {
  id: number;
  blocked?: boolean | null;
  confirmed?: boolean | null;
  role?: { id: number } | null;
}

export const memberStrategy = {
  name: 'users-permissions',

  async authenticate(ctx: Context) {
    if (!/^Bearer\s+\S+$/i.test(ctx.request.header.authorization ?? '')) return { authenticated: false };
    let token: { id?: number; sessionId?: string } | null;
    try {
      // Signature and expiry, then the session behind it (extension of the jwt service).
      token = await app().plugin('users-permissions').service('jwt').getToken(ctx);
    } catch {
      return { authenticated: false };
    }
    if (!token || token.id === undefined) return { authenticated: false };
    const user = (await app()
      .db.query(USER)
      .findOne({ where: { id: token.id }, populate: { role: { select: ['id'] } } })) as Member | null;
    if (!user || user.blocked || !user.confirmed || !user.role) return { error: 'Invalid credentials' };
    ctx.state.user = user;
    if (token.sessionId) ctx.state.session = { id: token.sessionId };
    return { authenticated: true, credentials: user, ability: null };
  },

  async verify(auth: { credentials?: Member | null }, config: { scope?: string | string[] } = {}) {
    const user = auth.credentials;
    if (!user?.role) throw new errors.UnauthorizedError();
    const scopes = config.scope === undefined ? [] : Array.isArray(config.scope) ? config.scope : [config.scope];
    const allowed = await actionsOf(user.role.id);
    if (!scopes.every((scope) => allowed.has(scope))) throw new errors.ForbiddenError();
  },
};

import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';

interface AuthenticatedUser {
  id: number;
  email: string;
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Everything "Mon compte" shows, in one round trip. */
  async account(ctx: Context & { state: { user?: AuthenticatedUser } }) {
    const user = ctx.state.user;
    if (!user) return ctx.unauthorized();
    const account = await strapi.service('api::me.me').account(user);
    if (!account) return ctx.notFound('Aucune fiche membre pour ce compte.');
    ctx.body = { data: account };
  },
});

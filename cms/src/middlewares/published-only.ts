/**
 * The public content API serves published versions only, and never members-only content to a
 * visitor. Strapi 5 lets any caller with `find` ask for drafts with `?status=draft`; and a page,
 * an article, an event or a whole rubrique that editors mark "réservé aux membres" must not
 * reach a visitor even through the API. Logged-in members (a valid token) see members-only content.
 */
import type { Context, Next } from 'koa';

type Restriction = Record<string, unknown>;

export default (config: { membersOnly?: Restriction } = {}) => {
  return async (ctx: Context, next: Next) => {
    const query = { ...(ctx.query as Record<string, unknown>) };
    delete query.status;
    delete query.publicationState;
    const visitor = !ctx.state.user;
    const restriction = config.membersOnly ?? { membersOnly: { $ne: true } };
    const filters = visitor ? { $and: [query.filters ?? {}, restriction] } : query.filters;
    ctx.query = { ...query, ...(filters ? { filters } : {}), status: 'published' } as Context['query'];
    await next();
  };
};

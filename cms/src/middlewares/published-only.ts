/**
 * The public content API serves published versions only. Strapi 5 lets any caller with `find`
 * ask for drafts with `?status=draft`, which would show unpublished fiches (and their authors'
 * work in progress) to anyone: this route middleware removes that choice.
 */
import type { Context, Next } from 'koa';

export default () => {
  return async (ctx: Context, next: Next) => {
    const query = ctx.query as Record<string, unknown>;
    delete query.status;
    delete query.publicationState;
    ctx.query = { ...query, status: 'published' } as Context['query'];
    await next();
  };
};

/**
 * The content manager's relation lists (`/content-manager/relations/…`) refuse a field the admin
 * role may not read by setting 403, then fail on their own refusal (Strapi's
 * extractAndValidateRequestInfo returns `ctx.forbidden()` to a caller that destructures it): an
 * Éditeur opening a fiche got « Le serveur n'a pas pu répondre ». The refusal is answered as such,
 * in French. Pinned by admin-roles.test.ts.
 */
import { errors } from '@strapi/utils';
import type { Context, Next } from 'koa';

export default () => {
  return async (ctx: Context, next: Next) => {
    if (!ctx.path.startsWith('/content-manager/relations/')) return next();
    try {
      await next();
    } catch (error) {
      if (ctx.status !== 403 || error instanceof errors.ApplicationError) throw error;
      throw new errors.ForbiddenError('Vous n’avez pas accès à ce champ.');
    }
  };
};

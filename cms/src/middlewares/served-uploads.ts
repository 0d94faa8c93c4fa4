/**
 * What Strapi's /uploads may answer: a stored picture, typed by its extension, that the
 * browser may neither sniff into something else nor run. Whatever else lies in the folder
 * (put there by hand, or by an older version) is not served.
 */
import type { Context, Next } from 'koa';
import { servedUploadType } from '@aec/config';

export default () => {
  return async (ctx: Context, next: Next) => {
    if (!ctx.path.startsWith('/uploads/')) return next();
    const type = servedUploadType(ctx.path);
    if (!type || (ctx.method !== 'GET' && ctx.method !== 'HEAD')) {
      ctx.status = 404;
      ctx.body = 'Introuvable';
      return;
    }
    await next();
    if (ctx.status === 200 || ctx.status === 206 || ctx.status === 304) {
      ctx.type = type;
      ctx.set('X-Content-Type-Options', 'nosniff');
      ctx.set('Content-Security-Policy', "default-src 'none'; sandbox");
      ctx.set('Cross-Origin-Resource-Policy', 'same-site');
    }
  };
};

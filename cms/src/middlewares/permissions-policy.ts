/**
 * Nothing Strapi serves needs the camera, the microphone, the position or payments: a page
 * that slipped in could not ask for them either. (Strapi's security middleware, helmet, has no
 * setting for this header.)
 */
import type { Context, Next } from 'koa';

export const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()';

export default () => {
  return async (ctx: Context, next: Next) => {
    ctx.set('Permissions-Policy', PERMISSIONS_POLICY);
    await next();
  };
};

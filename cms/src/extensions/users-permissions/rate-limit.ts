/**
 * Attempts allowed per client address and per account, in fixed windows, in memory
 * (one Strapi process; a second instance would need a shared store).
 *
 * The client address is the socket's, or the X-Forwarded-For of a proxy we trust (TRUST_PROXY);
 * the site, which calls Strapi from its server, passes the visitor's address in
 * `x-aec-client-ip`, believed only with the shared INTERNAL_API_SECRET.
 */
import crypto from 'node:crypto';
import type { Context } from 'koa';
import { errors } from '@strapi/utils';
import { cmsEnv } from '../../env';

export interface Limit {
  /** Attempts allowed in one window. */
  max: number;
  windowMs: number;
}

export const LIMITS = {
  login: { perAddress: { max: 30, windowMs: 15 * 60_000 }, perAccount: { max: 8, windowMs: 15 * 60_000 } },
  forgotPassword: { perAddress: { max: 10, windowMs: 60 * 60_000 }, perAccount: { max: 3, windowMs: 60 * 60_000 } },
  resetPassword: { perAddress: { max: 20, windowMs: 15 * 60_000 }, perAccount: { max: 20, windowMs: 15 * 60_000 } },
  changePassword: { perAddress: { max: 20, windowMs: 15 * 60_000 }, perAccount: { max: 8, windowMs: 15 * 60_000 } },
  // A family may join from one home, a club from one room: a few per hour, not a flood.
  join: { perAddress: { max: 5, windowMs: 60 * 60_000 }, perAccount: { max: 3, windowMs: 60 * 60_000 } },
  contact: { perAddress: { max: 5, windowMs: 60 * 60_000 }, perAccount: { max: 5, windowMs: 60 * 60_000 } },
} satisfies Record<string, { perAddress: Limit; perAccount: Limit }>;

export type LimitedAction = keyof typeof LIMITS;

export const rateLimitClock = { now: () => Date.now() };

const windows = new Map<string, { count: number; resetAt: number }>();

/** Counts one attempt; returns the seconds to wait when over the limit. */
function hit(key: string, limit: Limit): number | null {
  const now = rateLimitClock.now();
  const current = windows.get(key);
  if (!current || current.resetAt <= now) {
    windows.set(key, { count: 1, resetAt: now + limit.windowMs });
    return null;
  }
  current.count += 1;
  return current.count > limit.max ? Math.ceil((current.resetAt - now) / 1000) : null;
}

export function resetRateLimits(): void {
  windows.clear();
}

function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && crypto.timingSafeEqual(left, right);
}

export function clientAddress(ctx: Context): string {
  const secret = cmsEnv().INTERNAL_API_SECRET;
  const forwarded = ctx.get('x-aec-client-ip');
  const key = ctx.get('x-aec-site-key');
  if (secret && forwarded && key && safeEqual(key, secret)) return forwarded.slice(0, 64);
  // koa's ctx.ip reads X-Forwarded-For only when server.proxy.koa (TRUST_PROXY) is on.
  return ctx.request.ip;
}

/**
 * Counts the attempt against both the address and the account; returns the wait in seconds
 * when either is exhausted. The account key is the typed address, known or not, so that the
 * limit tells nothing about which addresses are registered.
 */
export function checkRateLimit(ctx: Context, action: LimitedAction, account: string | null): number | null {
  if (!cmsEnv().AUTH_RATELIMIT_ENABLED) return null;
  const limits = LIMITS[action];
  const byAddress = hit(`${action}:ip:${clientAddress(ctx)}`, limits.perAddress);
  const byAccount = account ? hit(`${action}:account:${account.trim().toLowerCase()}`, limits.perAccount) : null;
  if (byAddress === null && byAccount === null) return null;
  return Math.max(byAddress ?? 0, byAccount ?? 0);
}

/** Counts the attempt and refuses with 429 (and Retry-After) when over the limit. */
export function enforceRateLimit(ctx: Context, action: LimitedAction, account: string | null): void {
  const wait = checkRateLimit(ctx, action, account);
  if (wait === null) return;
  ctx.set('Retry-After', String(wait));
  throw new errors.RateLimitError('Trop de tentatives', { reason: 'rate-limited', retryAfterSeconds: wait });
}

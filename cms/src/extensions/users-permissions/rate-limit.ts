/**
 * Attempts allowed per client address and per account, in fixed windows counted in PostgreSQL
 * (db/counters.ts), so that the limits hold whichever instance answers.
 *
 * The client address is the socket's, or the X-Forwarded-For of a proxy we trust (TRUST_PROXY);
 * the site, which calls Strapi from its server, passes the visitor's address in
 * `x-aec-client-ip`, believed only with the shared INTERNAL_API_SECRET.
 */
import crypto from 'node:crypto';
import { isIPv6 } from 'node:net';
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { errors } from '@strapi/utils';
import { countOne, forgetCounters, giveBackOne, sweepCounters, type Counter } from '../../db/counters';
import { cmsEnv } from '../../env';
import { scheduleOnce } from '../../queue';
import { sweepSessions } from './sessions';

export interface Limit {
  /** Attempts allowed in one window. */
  max: number;
  windowMs: number;
}

export const LIMITS = {
  forgotPassword: { perAddress: { max: 10, windowMs: 60 * 60_000 }, perAccount: { max: 3, windowMs: 60 * 60_000 } },
  resetPassword: { perAddress: { max: 20, windowMs: 15 * 60_000 }, perAccount: { max: 20, windowMs: 15 * 60_000 } },
  changePassword: { perAddress: { max: 20, windowMs: 15 * 60_000 }, perAccount: { max: 8, windowMs: 15 * 60_000 } },
  // A family may join from one home, a club from one room: a few per hour, not a flood.
  join: { perAddress: { max: 5, windowMs: 60 * 60_000 }, perAccount: { max: 3, windowMs: 60 * 60_000 } },
  contact: { perAddress: { max: 5, windowMs: 60 * 60_000 }, perAccount: { max: 5, windowMs: 60 * 60_000 } },
  // The fresh confirmation link an unconfirmed member's login sends: a few, not mail on demand.
  // A change of login address mails the new address and the old one.
  emailChange: { perAddress: { max: 10, windowMs: 60 * 60_000 }, perAccount: { max: 3, windowMs: 60 * 60_000 } },
  confirmResend: { perAddress: { max: 10, windowMs: 60 * 60_000 }, perAccount: { max: 3, windowMs: 60 * 60_000 } },
} satisfies Record<string, { perAddress: Limit; perAccount: Limit }>;

export type LimitedAction = keyof typeof LIMITS;

export const rateLimitClock = { now: () => Date.now() };

/** Counts one attempt; returns the seconds to wait when over the limit. */
async function hit(key: string, limit: Limit): Promise<number | null> {
  const now = rateLimitClock.now();
  const current = await countOne(strapi, key, limit.windowMs, now);
  return current.count > limit.max ? Math.ceil((current.resetAt - now) / 1000) : null;
}

export async function resetRateLimits(): Promise<void> {
  await forgetCounters(strapi);
}

export const SWEEP = 'menage-horaire';

/**
 * Every hour, on one instance, one pass: the counters of ended windows (an attempt never waits on
 * it) and the members' sessions that can no longer serve.
 */
export async function scheduleHourlySweep(strapi: Core.Strapi): Promise<void> {
  await scheduleOnce(strapi, SWEEP, '7 * * * *', async () => {
    await sweepCounters(strapi, rateLimitClock.now());
    await sweepSessions(strapi);
  });
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
  if (secret && forwarded && key && safeEqual(key, secret)) return counted(forwarded.slice(0, 64));
  // koa's ctx.ip reads X-Forwarded-For only when server.proxy.koa (TRUST_PROXY) is on.
  return counted(ctx.request.ip);
}

/**
 * The address as the limits count it: an IPv4 address as it is (also when written as IPv6), an
 * IPv6 one by its /64, the block a single subscriber is given, else each of its addresses would
 * count apart.
 */
export function counted(address: string): string {
  const bare = address.split('%')[0]!.toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(bare);
  if (mapped) return mapped[1]!;
  if (!isIPv6(bare)) return bare;
  const [head = '', tail = ''] = bare.split('::');
  const left = head ? head.split(':') : [];
  const right = bare.includes('::') && tail ? tail.split(':') : [];
  const groups = bare.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

/**
 * Counts the attempt against both the address and the account; returns the wait in seconds
 * when either is exhausted. The account key is the typed address, known or not, so that the
 * limit tells nothing about which addresses are registered.
 */
export async function checkRateLimit(
  ctx: Context,
  action: LimitedAction,
  account: string | null,
): Promise<number | null> {
  if (!cmsEnv().AUTH_RATELIMIT_ENABLED) return null;
  const limits = LIMITS[action];
  const byAddress = await hit(`${action}:ip:${clientAddress(ctx)}`, limits.perAddress);
  const byAccount = account ? await hit(`${action}:account:${account.trim().toLowerCase()}`, limits.perAccount) : null;
  if (byAddress === null && byAccount === null) return null;
  return Math.max(byAddress ?? 0, byAccount ?? 0);
}

/** Counts the attempt and refuses with 429 (and Retry-After) when over the limit. */
export async function enforceRateLimit(ctx: Context, action: LimitedAction, account: string | null): Promise<void> {
  const wait = await checkRateLimit(ctx, action, account);
  if (wait === null) return;
  ctx.set('Retry-After', String(wait));
  throw new errors.RateLimitError('Trop de tentatives', { reason: 'rate-limited', retryAfterSeconds: wait });
}

/**
 * Logins, to the site and to the admin panel, count failures only, as Galette's and Paheko's
 * do: a successful login clears its account's count. Past the account's limit, an address that
 * has itself failed on the account is refused; the owner, from an address that has not, is only
 * slowed (a delay that doubles with each failure), so that no one can lock a member out.
 */
export const LOGIN_LIMITS = {
  perAddress: { max: 30, windowMs: 15 * 60_000 },
  perAccount: { max: 8, windowMs: 15 * 60_000 },
};
export const loginDelay = { firstMs: 500, maxMs: 4000, sleep: (ms: number) => new Promise((r) => setTimeout(r, ms)) };

export type LoginKind = 'login' | 'adminLogin';

function loginKeys(ctx: Context, kind: LoginKind, account: string) {
  const address = clientAddress(ctx);
  const who = account.trim().toLowerCase();
  return {
    address: `${kind}:ip:${address}`,
    account: `${kind}:account:${who}`,
    pair: `${kind}:pair:${address}:${who}`,
  };
}

function refuse(ctx: Context, wait: number): never {
  ctx.set('Retry-After', String(wait));
  throw new errors.RateLimitError('Trop de tentatives', { reason: 'rate-limited', retryAfterSeconds: wait });
}

/**
 * Before the password is checked: counts the attempt, then refuses, slows down, or lets through.
 * Counted first, so that attempts sent all at once each see those before them. What remains
 * counted is what reached the password and failed: a refused attempt gives its counts back at
 * once (an attacker's refusals must not slow the member down further), a success or an attempt
 * abandoned before its check gives them back after (afterLogin).
 */
export async function beforeLogin(ctx: Context, kind: LoginKind, account: string): Promise<void> {
  if (!cmsEnv().AUTH_RATELIMIT_ENABLED) return;
  const keys = loginKeys(ctx, kind, account);
  const now = rateLimitClock.now();
  const taken: string[] = [];
  const take = async (key: string, limit: Limit) => {
    taken.push(key);
    return countOne(strapi, key, limit.windowMs, now);
  };
  const refuseAndGiveBack = async (counter: Counter): Promise<never> => {
    for (const key of taken) await giveBackOne(strapi, key);
    refuse(ctx, Math.max(1, Math.ceil((counter.resetAt - now) / 1000)));
  };
  // What was counted before this attempt.
  const before = (counter: Counter) => counter.count - 1;
  const address = await take(keys.address, LOGIN_LIMITS.perAddress);
  if (before(address) >= LOGIN_LIMITS.perAddress.max) await refuseAndGiveBack(address);
  const pair = await take(keys.pair, LOGIN_LIMITS.perAccount);
  if (before(pair) >= LOGIN_LIMITS.perAccount.max) await refuseAndGiveBack(pair);
  const byAccount = await take(keys.account, LOGIN_LIMITS.perAccount);
  const excess = before(byAccount) - LOGIN_LIMITS.perAccount.max;
  if (excess < 0) return;
  if (before(pair) > 0) await refuseAndGiveBack(byAccount);
  await loginDelay.sleep(Math.min(loginDelay.firstMs * 2 ** Math.min(excess, 16), loginDelay.maxMs));
}

/** How a login let through ended: only a failure stays counted. */
export type LoginOutcome = 'succeeded' | 'failed' | 'abandoned';

/**
 * After the password was checked (or not: the caller left before its turn). A success clears its
 * account and gives the address its count back; an abandoned attempt, which learnt nothing,
 * gives all three back.
 */
export async function afterLogin(ctx: Context, kind: LoginKind, account: string, outcome: LoginOutcome): Promise<void> {
  if (outcome === 'failed' || !cmsEnv().AUTH_RATELIMIT_ENABLED) return;
  const keys = loginKeys(ctx, kind, account);
  if (outcome === 'succeeded') await forgetCounters(strapi, [keys.account, keys.pair]);
  else for (const key of [keys.account, keys.pair]) await giveBackOne(strapi, key);
  await giveBackOne(strapi, keys.address);
}

/**
 * Handles on the running Strapi's own module instances (loaded from dist/ by Node's require),
 * so that tests move its clocks and reset its limits instead of sleeping.
 */
import path from 'node:path';
import { createRequire } from 'node:module';
import type { Core } from '@strapi/strapi';
import type { Clock, PgBoss } from 'pg-boss';

const dist = path.resolve(__dirname, '../../dist/src');
const load = createRequire(import.meta.url);

interface Hooks {
  tokenClock: { now: () => Date };
  rateLimitClock: { now: () => number };
  resetRateLimits: () => Promise<void>;
  countOne: (strapi: Core.Strapi, key: string, windowMs: number, now: number) => Promise<unknown>;
  sweepCounters: (strapi: Core.Strapi, now: number) => Promise<number>;
  sweepSessions: (strapi: Core.Strapi, now?: Date) => Promise<number>;
  outboxSettings: { retryDelaysMs: number[] };
  clearOutbox: () => Promise<void>;
  startOutbox: (strapi: Core.Strapi) => Promise<void>;
  queueSettings: { clock?: Clock };
  startQueue: (strapi: Core.Strapi) => Promise<PgBoss>;
  stopQueue: () => Promise<void>;
  scheduleOnce: (strapi: Core.Strapi, name: string, cron: string, work: () => Promise<unknown>) => Promise<void>;
  planSettings: { maxAgeMs: number };
  hashToken: (token: string) => string;
}

export function testHooks(): Hooks {
  const tokens = load(path.join(dist, 'api/auth-token/services/auth-token.js')) as Pick<
    Hooks,
    'tokenClock' | 'hashToken'
  >;
  const limits = load(path.join(dist, 'extensions/users-permissions/rate-limit.js')) as Pick<
    Hooks,
    'rateLimitClock' | 'resetRateLimits'
  >;
  const counters = load(path.join(dist, 'db/counters.js')) as Pick<Hooks, 'countOne' | 'sweepCounters'>;
  const sessions = load(path.join(dist, 'extensions/users-permissions/sessions.js')) as Pick<Hooks, 'sweepSessions'>;
  const outbox = load(path.join(dist, 'mail/outbox.js')) as Pick<
    Hooks,
    'outboxSettings' | 'clearOutbox' | 'startOutbox'
  >;
  const queue = load(path.join(dist, 'queue/index.js')) as Pick<
    Hooks,
    'queueSettings' | 'startQueue' | 'stopQueue' | 'scheduleOnce'
  >;
  const plan = load(path.join(dist, 'api/planned-reminder/document-middlewares/plan-on-read.js')) as Pick<
    Hooks,
    'planSettings'
  >;
  return { ...tokens, ...limits, ...counters, ...sessions, ...outbox, ...queue, ...plan };
}

/** Puts every clock back and forgets every counted attempt. */
export async function resetHooks(): Promise<void> {
  const hooks = testHooks();
  hooks.tokenClock.now = () => new Date();
  hooks.rateLimitClock.now = () => Date.now();
  await hooks.resetRateLimits();
}

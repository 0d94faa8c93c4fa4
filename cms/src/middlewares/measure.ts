/**
 * Database queries per request, for the benchmark: with MEASURE=true, each answer carries
 * `Server-Timing: db;desc="N"`, N being the queries knex ran for it (followed through
 * AsyncLocalStorage, so concurrent requests are counted apart). Off by default.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { cmsEnv } from '../env';

const current = new AsyncLocalStorage<{ queries: number }>();
let listening = false;

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  if (!cmsEnv().MEASURE) return (_ctx: Context, next: Next) => next();
  return async (ctx: Context, next: Next) => {
    if (!listening) {
      listening = true;
      strapi.db.connection.on('query', () => {
        const counted = current.getStore();
        if (counted) counted.queries += 1;
      });
    }
    const counted = { queries: 0 };
    await current.run(counted, next);
    ctx.set('Server-Timing', `db;desc="${counted.queries}"`);
  };
};

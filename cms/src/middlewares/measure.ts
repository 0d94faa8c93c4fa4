/**
 * Database queries per request, for the benchmark: with MEASURE=true, a request that asks
 * (`x-aec-measure: on`, which the site sends for the requests it follows) gets
 * `Server-Timing: db;desc="N"`, N being the queries knex ran for it (followed through
 * AsyncLocalStorage, so concurrent requests are counted apart). Off by default.
 *
 * Only requests that ask are followed: each AsyncLocalStorage in use adds its own work to every
 * promise of the process (Strapi's request context already has one), and the measure must not
 * weigh on what it measures. It is switched off again as soon as no request is followed.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { cmsEnv } from '../env';

const current = new AsyncLocalStorage<{ queries: number }>();
let listening = false;
let followed = 0;

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  if (!cmsEnv().MEASURE) return (_ctx: Context, next: Next) => next();
  return async (ctx: Context, next: Next) => {
    if (ctx.get('x-aec-measure') !== 'on') return next();
    if (!listening) {
      listening = true;
      strapi.db.connection.on('query', () => {
        const counted = current.getStore();
        if (counted) counted.queries += 1;
      });
    }
    const counted = { queries: 0 };
    followed += 1;
    try {
      await current.run(counted, next);
    } finally {
      followed -= 1;
      if (followed === 0) current.disable();
    }
    ctx.set('Server-Timing', `db;desc="${counted.queries}"`);
  };
};

/**
 * The background work of every instance, in PostgreSQL: pg-boss keeps its jobs in its own
 * `pgboss` schema of Strapi's database, so a job survives a restart, is tried again with growing
 * waits, and is done by exactly one instance however many run (SKIP LOCKED). Mails are jobs
 * (mail/outbox.ts); so is the daily reminders run (api/reminder/services/daily-run.ts).
 */
import type { Core } from '@strapi/strapi';
import pg from 'pg';
import { PgBoss, type Clock } from 'pg-boss';
import { association } from '@aec/config';
import { postgresConnection } from '../db/connection';

export type { PgBoss };

let boss: Promise<PgBoss> | undefined;

/** The queue's clock, the system's unless a test moves time by hand (pg-boss's TestClock). */
export const queueSettings: { clock?: Clock } = {};

/**
 * Strapi's database layer makes the shared `pg` module hand JSON columns back as text; pg-boss
 * reads its jobs' data from JSON columns, so its own connections parse JSON again.
 */
function jsonTypes(): pg.CustomTypesConfig {
  const types = new pg.TypeOverrides();
  types.setTypeParser(pg.types.builtins.JSON, 'text', JSON.parse);
  types.setTypeParser(pg.types.builtins.JSONB, 'text', JSON.parse);
  return types;
}

async function start(strapi: Core.Strapi): Promise<PgBoss> {
  const queue = new PgBoss({
    // Passed on to pg's pool, which the options type does not name.
    ...({ types: jsonTypes() } as object),
    ...postgresConnection(),
    application_name: 'aec-jobs',
    ...(queueSettings.clock ? { clock: queueSettings.clock } : {}),
    max: 3,
    // A job starts the moment it is queued, not at the next poll.
    useListenNotify: true,
    // How soon a job whose instance died (its heartbeat stopped) is given to another: a queue is
    // looked at when both have passed.
    superviseIntervalSeconds: 10,
    monitorIntervalSeconds: 10,
  });
  queue.on('error', (error: Error) => strapi.log.error(`[travaux] ${error.message}`));
  await queue.start();
  return queue;
}

/** Starts the queue once (Strapi's register); every later call gets the same. */
export function startQueue(strapi: Core.Strapi): Promise<PgBoss> {
  boss ??= start(strapi);
  return boss;
}

/**
 * A scheduled run's queue. Woken when its job is made, not at its next poll. A run whose instance
 * died (its heartbeat stopped) fails and is tried again within a minute or two, by any instance:
 * without a heartbeat it would hold the queue, which takes one run at a time, until it timed out.
 */
const SCHEDULED_RUN = {
  notify: true,
  heartbeatSeconds: 10,
  retryLimit: 3,
  retryDelay: 30,
  retryBackoff: true,
} as const;

/**
 * Runs `work` on a schedule (a cron expression in the association's time zone), on one instance
 * however many run: one job per occurrence, on a queue that holds one at a time. An occurrence
 * missed (the server was down) runs once when it is back; a run that fails is tried again.
 */
export async function scheduleOnce(
  strapi: Core.Strapi,
  name: string,
  cron: string,
  work: () => Promise<unknown>,
): Promise<void> {
  const queue = await startQueue(strapi);
  await queue.createQueue(name, { policy: 'exclusive', ...SCHEDULED_RUN });
  await queue.updateQueue(name, SCHEDULED_RUN);
  await queue.schedule(name, cron, null, { tz: association.reminders.timezone, missed: 'once' });
  // A retry wakes no one: it is found by polling.
  await queue.work(name, { pollingIntervalSeconds: 30 }, async () => {
    await work();
  });
}

/** The running queue, if it runs (it stops with Strapi). */
export function runningQueue(): Promise<PgBoss> | undefined {
  return boss;
}

/** Lets the jobs under way finish, then stops (Strapi shutting down). */
export async function stopQueue(): Promise<void> {
  const running = boss;
  boss = undefined;
  await (await running)?.stop({ graceful: true, timeout: 10_000 });
}

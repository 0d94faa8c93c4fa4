/**
 * The scheduled runs (the daily reminders, the staff's mail): one at a time across instances, and
 * a run whose instance was killed half-way is run again soon, by another.
 */
import { TestClock } from 'pg-boss';
import { describe, expect, it } from 'vitest';
import { testHooks } from './harness/hooks';
import { useStrapi } from './harness/strapi';

const strapi = useStrapi();

describe('une passe prévue (les relances du jour)', () => {
  it('interrompue par un arrêt brutal de son serveur, elle est refaite une fois, en quelques minutes et non un quart d’heure', async () => {
    const hooks = testHooks();
    const name = 'essai-passe-interrompue';
    // The queue again, on a clock this test moves: pg-boss's timers and PostgreSQL's now() with it.
    const clock = new TestClock(Date.now());
    await hooks.stopQueue();
    hooks.queueSettings.clock = clock;
    try {
      let runs = 0;
      // Scheduled for a day far off: the only run is the one below.
      await hooks.scheduleOnce(strapi.current.strapi, name, '0 3 1 1 *', async () => {
        runs += 1;
      });
      const queue = await hooks.startQueue(strapi.current.strapi);
      await queue.offWork(name, { wait: true });
      // A run taken by an instance that then dies: the job is active and nobody beats for it.
      await queue.send(name, null);
      const [taken] = await queue.fetch(name);
      expect(taken).toBeDefined();
      // The living instance works the queue again.
      await hooks.scheduleOnce(strapi.current.strapi, name, '0 3 1 1 *', async () => {
        runs += 1;
      });
      let waitedMs = 0;
      while (runs === 0 && waitedMs < 15 * 60_000) {
        await clock.tick(5_000);
        await new Promise((resolve) => setTimeout(resolve, 20));
        waitedMs += 5_000;
      }
      expect(runs).toBe(1);
      expect(waitedMs).toBeLessThanOrEqual(3 * 60_000);
      const job = await queue.getJobById(name, taken!.id);
      expect(job).toMatchObject({ state: 'completed', retryCount: 1 });
      // Nothing more: the run was redone once.
      await clock.tick(10 * 60_000);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(runs).toBe(1);
      await queue.deleteQueue(name);
    } finally {
      await hooks.stopQueue();
      hooks.queueSettings.clock = undefined;
      await hooks.startOutbox(strapi.current.strapi);
    }
  });
});

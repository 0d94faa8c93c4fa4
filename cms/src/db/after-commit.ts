/**
 * Runs work once the write that triggered it is committed: at once when no transaction is
 * open, else when the outermost one commits (never if it rolls back). Work scheduled in the
 * middle of a transaction would otherwise read what is not yet saved, wait on the rows that
 * transaction holds, or send a query on one that committed meanwhile ("Transaction query
 * already complete"). The work is not awaited by the write; a failure is logged under its topic.
 */
import type { Core } from '@strapi/strapi';

/** Work under way, which Strapi lets finish before it closes the database. */
const running = new Set<Promise<void>>();

export async function afterCommit(strapi: Core.Strapi, topic: string, work: () => Promise<unknown>): Promise<void> {
  const start = () => {
    const task: Promise<void> = work()
      .then(() => undefined)
      .catch((error: Error) => {
        strapi.log.error(`[${topic}] ${error.message}`);
      })
      .finally(() => running.delete(task));
    running.add(task);
  };
  if (!strapi.db.inTransaction()) {
    start();
    return;
  }
  // Nested: joins the open transaction, whose commit runs the work (outside it, as it is over).
  await strapi.db.transaction(async ({ onCommit }) => {
    onCommit(start);
  });
}

/** Waits for the work under way (Strapi shutting down). */
export async function settleAfterCommit(): Promise<void> {
  while (running.size > 0) await Promise.allSettled([...running]);
}

/**
 * Runs a task once the write that triggered it is committed: at once when no transaction is
 * open, else when the outermost one commits (never if it rolls back). A task scheduled in
 * the middle of a transaction would otherwise read what is not yet saved, or send a query on
 * a transaction that committed meanwhile ("Transaction query already complete").
 */
import type { Core } from '@strapi/strapi';

export async function afterCommit(strapi: Core.Strapi, task: () => void): Promise<void> {
  if (!strapi.db.inTransaction()) {
    task();
    return;
  }
  // Nested: joins the open transaction, whose commit runs the task (outside it, as it is over).
  await strapi.db.transaction(async ({ onCommit }) => {
    onCommit(task);
  });
}

/**
 * A line of work done one job at a time, in the order they came, for work that is slow on purpose
 * or by nature (bcrypt, decoding a picture): together, each would finish only when nearly all
 * did. A job whose caller has gone before its turn is not done. Each process has its own lines,
 * as it has its own CPU.
 */
import type { Context } from 'koa';

/** The client closed the connection (the site stopped waiting): no one to do the work for. */
export function callerGone(ctx: Context): boolean {
  return ctx.req.socket.destroyed;
}

export function createLine(): <T>(work: () => Promise<T>, callerGone: () => boolean) => Promise<T | null> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(work: () => Promise<T>, callerGone: () => boolean) => {
    const turn = tail.then(() => (callerGone() ? null : work()));
    tail = turn.catch(() => undefined);
    return turn;
  };
}

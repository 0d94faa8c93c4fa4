// @ts-check
/**
 * The site's requests start a few per turn of the event loop, in the order they came.
 *
 * Since Node 20, libuv accepts one new connection per turn of the event loop (libuv/libuv#3696,
 * nodejs/node#57364). Under load, a turn serves every request already read on every kept-alive
 * connection, so a turn grows long and a visitor who has just arrived waits, unaccepted, for
 * many of them: with 200 members browsing at once, up to 84 of a second wave waited over 10 s
 * without one byte read. Starting at most a few requests per turn keeps each turn short, so
 * newcomers get in promptly; the others wait in order, and the total work is the same.
 */

/** Four pages take a few milliseconds: the longest a new connection then waits to be accepted. */
export const REQUESTS_PER_TURN = 4;

/**
 * @template {{ socket: { destroyed: boolean } }} Req
 * @template Res
 * @param {(request: Req, response: Res) => unknown} handle
 * @param {number} perTurn
 * @returns {(request: Req, response: Res) => void}
 */
export function inTurns(handle, perTurn = REQUESTS_PER_TURN) {
  /** @type {Array<[Req, Res]>} */
  const waiting = [];
  let scheduled = false;

  const startSome = () => {
    scheduled = false;
    let started = 0;
    while (started < perTurn && waiting.length > 0) {
      const [request, response] = /** @type {[Req, Res]} */ (waiting.shift());
      // A visitor who gave up while waiting costs nothing more.
      if (request.socket.destroyed) continue;
      handle(request, response);
      started += 1;
    }
    // Scheduled from this turn's immediates, it runs in the next turn, after the next accept.
    if (waiting.length > 0) schedule();
  };
  const schedule = () => {
    scheduled = true;
    setImmediate(startSome);
  };

  return (request, response) => {
    waiting.push([request, response]);
    if (!scheduled) schedule();
  };
}

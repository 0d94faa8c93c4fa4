/**
 * A round-robin HTTP proxy for running several instances on one machine: each request goes to the
 * next address in turn, whatever connection it came on, so two requests of one visit are answered
 * by two instances. What nginx's `upstream` does in production (docs/production.md), with its
 * defaults: a new connection for each request; a request whose connection was refused, and a GET
 * or HEAD whose connection failed before an answer, go to the next instance (`proxy_next_upstream
 * error`); a form that may have reached an instance is never sent twice.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Proxy {
  url: string;
  /** How many requests each target answered, in the order of the targets. */
  answered: number[];
  close: () => Promise<void>;
}

const REPLAYABLE = new Set(['GET', 'HEAD']);
/** Headers about one connection, not the answer: each side keeps its own. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive']);

/** The answer's headers as received (repeated ones kept), less those about our connection. */
function endToEnd(rawHeaders: string[]): string[] {
  const kept: string[] = [];
  for (let n = 0; n < rawHeaders.length; n += 2)
    if (!HOP_BY_HOP.has(rawHeaders[n]!.toLowerCase())) kept.push(rawHeaders[n]!, rawHeaders[n + 1]!);
  return kept;
}

export async function startProxy(targets: string[], port = 0): Promise<Proxy> {
  const answered = targets.map(() => 0);
  // No kept connections: one kept by us and closed by the instance at the same moment (its idle
  // timeout) loses the request, as a busy machine showed (docs/performance.md).
  const agent = new http.Agent({ keepAlive: false });
  let next = 0;
  const server = http.createServer(async (request, response) => {
    const first = next++ % targets.length;
    const forwarded = request.socket.remoteAddress ?? '';
    const headers = {
      ...request.headers,
      connection: 'close',
      'x-forwarded-for': [request.headers['x-forwarded-for'], forwarded].filter(Boolean).join(', '),
    };
    // Read whole, so that it can go to the next instance (the tests' bodies are small).
    const chunks: Buffer[] = [];
    try {
      for await (const chunk of request) chunks.push(chunk as Buffer);
    } catch {
      return void response.destroy(); // the client left while sending
    }
    const body = Buffer.concat(chunks);
    const replayable = REPLAYABLE.has(request.method ?? '');
    const send = (attempt: number) => {
      const index = (first + attempt) % targets.length;
      const upstream = http.request(
        new URL(request.url ?? '/', targets[index]),
        { method: request.method, agent, headers },
        (answer) => {
          answered[index]! += 1;
          response.writeHead(answer.statusCode ?? 502, endToEnd(answer.rawHeaders));
          answer.pipe(response);
        },
      );
      upstream.on('error', (error: NodeJS.ErrnoException) => {
        // A refused connection was sent nothing: any request may go on; a GET or HEAD always may.
        const again = replayable || error.code === 'ECONNREFUSED';
        if (again && attempt + 1 < targets.length && !response.headersSent) return send(attempt + 1);
        if (!response.headersSent) response.writeHead(502, { 'content-type': 'text/plain; charset=utf-8' });
        response.end('Instance injoignable');
      });
      upstream.end(body);
    };
    send(0);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}`,
    answered,
    close: () =>
      new Promise((resolve) => {
        agent.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

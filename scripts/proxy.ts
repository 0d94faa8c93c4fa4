/**
 * A round-robin HTTP proxy for running several instances on one machine: each request goes to the
 * next address in turn, whatever connection it came on, so two requests of one visit are answered
 * by two instances. What nginx's `upstream` does in production (README, « Production »).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Proxy {
  url: string;
  /** How many requests each target answered, in the order of the targets. */
  answered: number[];
  close: () => Promise<void>;
}

export async function startProxy(targets: string[], port = 0): Promise<Proxy> {
  const answered = targets.map(() => 0);
  const agent = new http.Agent({ keepAlive: true });
  let next = 0;
  const server = http.createServer((request, response) => {
    const index = next++ % targets.length;
    const target = new URL(request.url ?? '/', targets[index]);
    const forwarded = request.socket.remoteAddress ?? '';
    const upstream = http.request(
      target,
      {
        method: request.method,
        agent,
        headers: {
          ...request.headers,
          'x-forwarded-for': [request.headers['x-forwarded-for'], forwarded].filter(Boolean).join(', '),
        },
      },
      (answer) => {
        answered[index]! += 1;
        response.writeHead(answer.statusCode ?? 502, answer.rawHeaders);
        answer.pipe(response);
      },
    );
    upstream.on('error', () => {
      if (!response.headersSent) response.writeHead(502, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('Instance injoignable');
    });
    request.pipe(upstream);
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

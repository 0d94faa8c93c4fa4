/**
 * An HTTP proxy between the site and Strapi that can hold every answer back: the fault script
 * "Strapi answers slower than the site's timeout". It counts requests whose caller gave up
 * (the site's timeout closing its socket) and those still in flight.
 */
import http from 'node:http';

export interface SlowProxy {
  url: string;
  delayMs: number;
  inFlight: () => number;
  abandoned: () => number;
  close: () => Promise<void>;
}

export async function startSlowProxy(target: string, port: number): Promise<SlowProxy> {
  let inFlight = 0;
  let abandoned = 0;
  const proxy: SlowProxy = {
    url: `http://127.0.0.1:${port}`,
    delayMs: 0,
    inFlight: () => inFlight,
    abandoned: () => abandoned,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const server = http.createServer((request, response) => {
    inFlight += 1;
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      inFlight -= 1;
    };
    request.on('close', () => {
      if (!response.writableEnded) abandoned += 1;
      finish();
    });
    const forward = () => {
      if (response.destroyed) return;
      const upstream = http.request(
        new URL(request.url ?? '/', target),
        { method: request.method, headers: { ...request.headers, host: new URL(target).host } },
        (answer) => {
          response.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(response);
        },
      );
      upstream.on('error', () => response.destroy());
      request.pipe(upstream);
    };
    if (proxy.delayMs > 0) setTimeout(forward, proxy.delayMs);
    else forward();
  });
  server.keepAliveTimeout = 1_000;
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return proxy;
}

// @ts-check
/**
 * The site's Node server: Astro's standalone handler behind one rule about the client's address.
 * Astro believes the first X-Forwarded-For value it sees; without a reverse proxy we trust
 * (TRUST_PROXY=true), we replace that header with the socket's address, so no visitor can
 * choose the address our rate limits count.
 *
 *   HOST=127.0.0.1 PORT=4321 node server.mjs
 */
import http from 'node:http';

process.env.ASTRO_NODE_AUTOSTART = 'disabled';
const { handler } = await import('./dist/server/entry.mjs');

const trustProxy = ['true', '1', 'yes'].includes(process.env.TRUST_PROXY ?? '');
const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? 4321);

const server = http.createServer((request, response) => {
  if (!trustProxy) request.headers['x-forwarded-for'] = request.socket.remoteAddress ?? '';
  handler(request, response);
});
server.listen(port, host, () => console.log(`Site prêt sur http://${host}:${port}`));

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
}

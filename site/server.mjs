// @ts-check
/**
 * The site's Node server: Astro's handler behind two rules.
 * - The client's address: Astro believes the first X-Forwarded-For value it sees; without a
 *   reverse proxy we trust (TRUST_PROXY=true), we replace that header with the socket's
 *   address, so no visitor can choose the address our rate limits count.
 * - Static files (the build's few CSS files and the favicon) are read into memory at start and
 *   served from there; every other request goes to Astro. Astro's standalone server would
 *   first look for a file on disk for every page, a failed disk lookup per request.
 * - Pages start a few per turn of the event loop, so that a new visitor is accepted promptly
 *   under load (request-turns.mjs).
 * - Every answer carries the security headers (security-headers.mjs), static files and the
 *   answers Astro writes without our middleware (its own 403, its error pages) included.
 *
 *   HOST=127.0.0.1 PORT=4321 node server.mjs
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inTurns } from './request-turns.mjs';
import { securityHeaders } from './security-headers.mjs';

process.env.ASTRO_NODE_AUTOSTART = 'disabled';
const { handler } = await import('./dist/server/entry.mjs');
const render = inTurns(handler);

const trustProxy = ['true', '1', 'yes'].includes(process.env.TRUST_PROXY ?? '');
const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? 4321);
const headers = Object.entries(securityHeaders({ siteUrl: process.env.SITE_URL ?? 'http://localhost:4321' }));

const TYPES = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
};

/** @type {Map<string, { body: Buffer; headers: Record<string, string> }>} */
const files = new Map();
const client = fileURLToPath(new URL('./dist/client/', import.meta.url));
for (const entry of fs.readdirSync(client, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile()) continue;
  const full = path.join(entry.parentPath, entry.name);
  const urlPath = `/${path.relative(client, full).split(path.sep).join('/')}`;
  const body = fs.readFileSync(full);
  files.set(urlPath, {
    body,
    headers: {
      'content-type': TYPES[/** @type {keyof typeof TYPES} */ (path.extname(full))] ?? 'application/octet-stream',
      'content-length': String(body.length),
      // Built assets carry a hash in their name; the rest may change from one release to the next.
      'cache-control': urlPath.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=86400',
    },
  });
}

const server = http.createServer((request, response) => {
  // Defaults: the headers Astro's answer brings (the middleware's) replace these, name by name.
  for (const [name, value] of headers) response.setHeader(name, value);
  if (!trustProxy) request.headers['x-forwarded-for'] = request.socket.remoteAddress ?? '';
  const url = request.url ?? '/';
  try {
    decodeURI(url);
  } catch {
    response.writeHead(400).end('Bad request.');
    return;
  }
  const file = (request.method === 'GET' || request.method === 'HEAD') && files.get(url.split(/[?#]/)[0] ?? url);
  if (file) {
    response.writeHead(200, file.headers);
    response.end(request.method === 'HEAD' ? undefined : file.body);
    return;
  }
  render(request, response);
});
server.listen(port, host, () => console.log(`Site prêt sur http://${host}:${port}`));

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
}

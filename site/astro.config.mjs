// @ts-check
import node from '@astrojs/node';
import { defineConfig } from 'astro/config';

/**
 * The public address is read at build time: Astro only trusts the Host and X-Forwarded-Host
 * headers that match `security.allowedDomains`, and compares a form's Origin with it
 * (checkOrigin, on by default, stays on: it is our CSRF protection).
 */
const siteUrl = new URL(process.env.SITE_URL ?? 'http://localhost:4321');

export default defineConfig({
  site: siteUrl.origin,
  output: 'server',
  // Pages are rendered whole, then sent: each is small and has its data before it renders, so
  // streaming gained nothing, and skipping its web streams serves a kept member page 6 to 9 %
  // faster (alternated runs, README). A failure while rendering still reaches our middleware,
  // which answers with the calm 503 page instead of a half-sent one; answers carry a Content-Length.
  // No form of ours sends more than one image (10 MB at most): anything far larger is refused
  // before it is read, instead of Astro's default of 1 GB.
  adapter: node({ mode: 'middleware', experimentalDisableStreaming: true, bodySizeLimit: 16 * 1024 * 1024 }),
  // Astro 7's default ('jsx') drops the spaces between inline elements, which our sentences need.
  compressHTML: true,
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
  security: {
    checkOrigin: true,
    allowedDomains: [
      { hostname: siteUrl.hostname, protocol: siteUrl.protocol.slice(0, -1) },
      // Direct access on the machine itself (health checks, tests, `npm start`).
      { hostname: 'localhost' },
      { hostname: '127.0.0.1' },
    ],
  },
  vite: {
    build: {
      // Our few scripts stay files (/_astro/*.js) instead of being inlined into the page: the
      // Content-Security-Policy then allows scripts from 'self' only, with no hash to keep in step.
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
    },
  },
  // Redis or a folder, as the environment says when the site starts (src/lib/session/driver.ts).
  session: { driver: { entrypoint: new URL('./src/lib/session/driver.ts', import.meta.url) } },
});

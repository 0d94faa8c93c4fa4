/**
 * Boots the real Strapi in-process, from the compiled dist/, on a real database, listening on a
 * free port, with a real SMTP inbox. Used by the tests (through useStrapi) and the benchmarks.
 */
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import type * as StrapiModule from '@strapi/strapi';
import type { Core } from '@strapi/strapi';
import { startInbox, type Inbox } from '../../../scripts/mail-inbox';
import { testHooks } from './hooks';
import { applyTestEnv } from './test-env';

const appDir = path.resolve(__dirname, '../..');

export interface TestStrapi {
  strapi: Core.Strapi;
  baseUrl: string;
  /** The real SMTP server Strapi sends to during this file's tests. */
  inbox: Inbox;
}

export async function bootStrapi(): Promise<TestStrapi & { destroy: () => Promise<void> }> {
  applyTestEnv();
  const inbox = await startInbox();
  process.env.SMTP_PORT = String(inbox.smtpPort);
  // dist/src/env caches the parsed environment: start each instance from the current one.
  const require = createRequire(import.meta.url);
  const envModule = require(path.join(appDir, 'dist/src/env.js')) as { resetCmsEnv: () => void };
  envModule.resetCmsEnv();

  // Strapi's destroy() removes every process listener, vitest's IPC one included.
  const saved = process.eventNames().map((name) => [name, process.listeners(name as NodeJS.Signals)] as const);
  const { createStrapi } = require('@strapi/strapi') as typeof StrapiModule;
  const strapi = await createStrapi({
    appDir,
    distDir: path.join(appDir, 'dist'),
    autoReload: false,
    serveAdminPanel: false,
  }).load();
  strapi.log.level = 'warn';
  strapi.server.mount();
  await new Promise<void>((resolve) => strapi.server.httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = strapi.server.httpServer.address() as AddressInfo;

  return {
    strapi,
    baseUrl: `http://127.0.0.1:${port}`,
    inbox,
    async destroy() {
      await testHooks().clearOutbox();
      await strapi.destroy();
      await inbox.close();
      for (const [name, listeners] of saved) {
        for (const listener of listeners) {
          if (!process.listeners(name as NodeJS.Signals).includes(listener))
            process.on(name as NodeJS.Signals, listener);
        }
      }
    },
  };
}

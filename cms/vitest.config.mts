import { defineConfig } from 'vitest/config';

// One Strapi for the whole run (tests/harness/strapi.ts): every file in one worker, which keeps
// its modules from one file to the next. Strapi sets global.strapi and listens on process signals.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['./tests/harness/global-setup.ts'],
    fileParallelism: false,
    maxWorkers: 1,
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});

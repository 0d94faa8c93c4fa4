import { configDefaults, defineConfig } from 'vitest/config';
import { e2ePart, OWN_STACKS } from './e2e/harness/own-stacks';

const part = e2ePart();
const ownStackFiles = OWN_STACKS.map((name) => `e2e/${name}`);

// Journeys on the built site, a real Strapi and the local inbox, in headless Chromium, one file at
// a time: the journeys share one stack. `npm test` runs the parts (E2E_PART) in lanes side by side.
export default defineConfig({
  test: {
    include: part === 'own-stacks' ? ownStackFiles : ['e2e/**/*.test.ts'],
    exclude: part === 'journeys' ? [...configDefaults.exclude, ...ownStackFiles] : configDefaults.exclude,
    globalSetup: ['./e2e/harness/global-setup.ts'],
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});

import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { configDefaults, defineConfig } from 'vitest/config';
import { e2ePart, OWN_STACKS, startsOwnStack } from './e2e/harness/own-stacks';

/** The files with a stack of their own first: they run beside the journeys, which take turns. */
class OwnStacksFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    return [
      ...sorted.filter((file) => startsOwnStack(file.moduleId)),
      ...sorted.filter((file) => !startsOwnStack(file.moduleId)),
    ];
  }
}

const part = e2ePart();
const ownStackFiles = OWN_STACKS.map((name) => `e2e/${name}`);

// Journeys on the built site, a real Strapi and the local inbox, in headless Chromium. Every file:
// two at a time, as the journeys wait on Chromium and Strapi more than they compute. One part
// (E2E_PART, laid out in lanes by `npm test`): one at a time.
export default defineConfig({
  test: {
    include: part === 'own-stacks' ? ownStackFiles : ['e2e/**/*.test.ts'],
    exclude: part === 'journeys' ? [...configDefaults.exclude, ...ownStackFiles] : configDefaults.exclude,
    globalSetup: ['./e2e/harness/global-setup.ts'],
    setupFiles: ['./e2e/harness/shared-stack-turn.ts'],
    sequence: { sequencer: OwnStacksFirst },
    maxWorkers: part ? 1 : 2,
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});

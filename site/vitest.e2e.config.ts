import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';
import { startsOwnStack } from './e2e/harness/own-stacks';

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

// Journeys on the built site, a real Strapi and the local inbox, in headless Chromium. Two files
// at a time: the journeys wait on Chromium and Strapi more than they compute.
export default defineConfig({
  test: {
    include: ['e2e/**/*.test.ts'],
    globalSetup: ['./e2e/harness/global-setup.ts'],
    setupFiles: ['./e2e/harness/shared-stack-turn.ts'],
    sequence: { sequencer: OwnStacksFirst },
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});

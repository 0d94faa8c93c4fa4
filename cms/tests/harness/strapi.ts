/**
 * `useStrapi()` in a test file: the run's one Strapi, booted by the first file that asks and kept
 * for the next ones (vitest.config.mts runs every file in one worker, without isolation). Each
 * file starts as it would on a Strapi of its own: an empty inbox, no mail waiting for a retry,
 * clocks back to now and no counted attempt. The worker's end stops it.
 */
import { beforeAll } from 'vitest';
import { bootStrapi, type TestStrapi } from './boot';
import { resetHooks, testHooks } from './hooks';

export { bootStrapi, type TestStrapi };

let shared: Promise<TestStrapi> | undefined;

export function useStrapi(): { current: TestStrapi } {
  const holder = {} as { current: TestStrapi };
  beforeAll(async () => {
    shared ??= bootStrapi();
    holder.current = await shared;
    holder.current.inbox.clear();
    await testHooks().clearOutbox();
    await resetHooks();
  });
  return holder;
}

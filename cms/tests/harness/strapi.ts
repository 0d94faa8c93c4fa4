/**
 * `useStrapi()` in a test file: a booted Strapi for the file's tests, stopped after them.
 */
import { afterAll, beforeAll } from 'vitest';
import { bootStrapi, type TestStrapi } from './boot';

export { bootStrapi, type TestStrapi };

export function useStrapi(): { current: TestStrapi } {
  const holder = {} as { current: TestStrapi };
  let destroy: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const booted = await bootStrapi();
    holder.current = booted;
    destroy = booted.destroy;
  });
  afterAll(async () => {
    await destroy?.();
  });
  return holder;
}

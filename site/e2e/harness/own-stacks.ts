/**
 * The e2e files that start a stack of their own (ports, database, inbox): they may run beside the
 * journeys, which share the one stack of global-setup.ts and so run one file at a time.
 */
export const OWN_STACKS = ['two-instances.test.ts', 'faults.test.ts', 'abuse.test.ts'];

/**
 * `E2E_PART` runs one part of the e2e files, so that `npm test` can lay them out in lanes beside
 * the integration tests (scripts/test.ts): the journeys on the shared stack, or files with a stack
 * of their own (no shared stack started). Unset, every file.
 */
export type E2EPart = 'journeys' | 'own-stacks';

export function e2ePart(): E2EPart | undefined {
  const part = process.env.E2E_PART;
  if (part === undefined || part === '') return undefined;
  if (part === 'journeys' || part === 'own-stacks') return part;
  throw new Error(`E2E_PART inconnu : « ${part} » (journeys ou own-stacks)`);
}

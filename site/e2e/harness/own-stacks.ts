/**
 * The e2e files that start a stack of their own (ports, database, inbox): they may run beside the
 * journeys, which share the one stack of global-setup.ts and so take it one file at a time.
 */
const OWN_STACKS = ['two-instances.test.ts', 'faults.test.ts', 'abuse.test.ts'];

export function startsOwnStack(file: string): boolean {
  return OWN_STACKS.some((name) => file.endsWith(`/${name}`));
}

/** Held by the file using the shared stack: an advisory lock, let go if its process dies. */
export const SHARED_STACK_LOCK = 0x6165_6332;

/**
 * Setup of every e2e file: a journey on the shared stack waits for its turn (the journeys change
 * settings, read the inbox and publish content that the others see); a file with a stack of its
 * own runs at once, beside them.
 */
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { SHARED_STACK_LOCK, startsOwnStack } from './own-stacks';

let turn: pg.Client | undefined;

// eslint-disable-next-line no-empty-pattern -- Vitest reads a destructured first argument (its fixtures).
beforeAll(async ({}, suite) => {
  if (startsOwnStack(suite.file.filepath)) return;
  turn = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await turn.connect();
  await turn.query('SELECT pg_advisory_lock($1)', [SHARED_STACK_LOCK]);
});

afterAll(async () => {
  await turn?.end();
  turn = undefined;
});

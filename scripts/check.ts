/**
 * `npm run check`: every type check and lint of the project, in two lanes at once (each tool
 * keeps one core busy). A command's output shows when it fails. `npm test` runs the same lanes
 * beside its unit tests and build (scripts/test.ts).
 */
import { runLanes } from './lanes';

export const CHECK_LANES: string[][] = [
  [
    'tsc --noEmit -p config',
    'tsc --noEmit -p cms',
    'tsc -p cms/src/admin/tsconfig.json',
    'tsc -p cms/tsconfig.tests.json',
    'tsc --noEmit -p scripts',
  ],
  ['npm run check --silent -w site', 'eslint .', 'prettier --check .'],
];

if (process.argv[1]?.endsWith('check.ts')) {
  void runLanes(CHECK_LANES, 'failures').then((ok) => {
    if (!ok) process.exit(1);
  });
}

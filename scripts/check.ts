/**
 * `npm run check`: every type check and lint of the project, in two lanes at once (each tool
 * keeps one core busy). A command's output shows when it fails.
 */
import { runLanes } from './lanes';

const lanes: string[][] = [
  [
    'tsc --noEmit -p config',
    'tsc --noEmit -p cms',
    'tsc -p cms/src/admin/tsconfig.json',
    'tsc -p cms/tsconfig.tests.json',
    'tsc --noEmit -p scripts',
  ],
  ['npm run check --silent -w site', 'eslint .', 'prettier --check .'],
];

void runLanes(lanes, 'failures').then((ok) => {
  if (!ok) process.exit(1);
});

/**
 * `npm run check`: every type check and lint of the project, in two lanes at once (each tool
 * keeps one core busy). A command's output shows when it fails. `npm test` runs the same lanes
 * beside its build of Strapi, which checks Strapi's types itself (scripts/test.ts).
 */
import { runLanes } from './lanes';

/** Strapi's TypeScript: `strapi build` compiles the same project and fails on any type error. */
export const CMS_TYPES = 'tsc --noEmit -p cms';

export const CHECK_LANES: string[][] = [
  [
    'tsc --noEmit -p config',
    CMS_TYPES,
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

/**
 * The end of `npm test`: builds what is stale once, then runs the integration tests and the e2e
 * journeys side by side, each on its own database (the journeys wait on Chromium and on Strapi
 * more than they compute). Each suite's report shows when it ends.
 */
import { runLanes } from './lanes';
import { buildIfNeeded, ensureLocalSecrets } from './stack';

ensureLocalSecrets();
buildIfNeeded({ admin: true });
void runLanes([['npm run test:integration --silent'], ['npm run test:e2e --silent']], 'always').then((ok) => {
  if (!ok) process.exit(1);
});

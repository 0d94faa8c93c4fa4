/**
 * `npm run check`: every type check and lint of the project, in two lanes at once (each tool
 * keeps one core busy; the machines this runs on have two). A lane's output shows when it ends;
 * any failure fails the whole, after both lanes have said what they found.
 */
import { spawn } from 'node:child_process';

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

function run(command: string): Promise<{ ok: boolean; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, { shell: true, stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => resolve({ ok: code === 0, output }));
  });
}

async function lane(commands: string[]): Promise<boolean> {
  let ok = true;
  for (const command of commands) {
    const started = Date.now();
    const result = await run(command);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`${result.ok ? '✓' : '✗'} ${command} (${seconds} s)`);
    if (!result.ok) {
      console.log(result.output.trimEnd());
      ok = false;
    }
  }
  return ok;
}

void Promise.all(lanes.map(lane)).then((results) => {
  if (results.includes(false)) process.exit(1);
});

/**
 * Commands in lanes side by side (the machines this runs on have two cores), each lane's commands
 * one after another. A command's output is kept and shown when it ends: always, or only when it
 * fails. The whole fails if any command did, after every lane has said what it found.
 */
import { spawn } from 'node:child_process';

function run(command: string): Promise<{ ok: boolean; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, { shell: true, stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => resolve({ ok: code === 0, output }));
  });
}

async function lane(commands: string[], show: 'always' | 'failures'): Promise<boolean> {
  let ok = true;
  for (const command of commands) {
    const started = Date.now();
    const result = await run(command);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (show === 'always' || !result.ok) console.log(result.output.trimEnd());
    console.log(`${result.ok ? '✓' : '✗'} ${command} (${seconds} s)`);
    ok &&= result.ok;
  }
  return ok;
}

export async function runLanes(lanes: string[][], show: 'always' | 'failures'): Promise<boolean> {
  const results = await Promise.all(lanes.map((commands) => lane(commands, show)));
  return !results.includes(false);
}

/**
 * Where a process spent its CPU during each measurement of the bench, by package: reads the
 * V8 profiles that `CPU_PROFILE_DIR=/tmp/profils npm run bench -- --only "Mon compte"` leaves
 * (one per process, written when it stops), finds the busy stretches (the measurements, each
 * several seconds of load), and prints each one's self time by package, project code by file.
 *
 *   npx tsx scripts/bench/profile-summary.ts /tmp/profils/*.cpuprofile [--top 15]
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** A frame's owner: a package, a Node built-in, our code by file, or V8's own buckets. */
export function ownerOf({ functionName, url }: ProfileNode['callFrame']): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(natif)';
  if (url.startsWith('node:'))
    return url
      .replace(/^node:(internal\/)?/, 'node:')
      .split('/')
      .slice(0, 2)
      .join('/');
  const modules = url.lastIndexOf('/node_modules/');
  if (modules >= 0) {
    const [first, second] = url.slice(modules + '/node_modules/'.length).split('/');
    return first?.startsWith('@') ? `${first}/${second}` : (first ?? url);
  }
  const project = /\/(cms|site|config)\/(dist\/)?(.*)$/.exec(url);
  return project ? `${project[1]}: ${project[3]}` : path.basename(url);
}

/**
 * Each node's owner. A built-in (Array.prototype.map, JSON.parse, a RegExp) has no script of its
 * own: its time goes to the code that called it, the nearest frame up the stack that has one.
 */
function ownersOf(profile: CpuProfile): Map<number, string> {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const owners = new Map<number, string>();
  const resolve = (id: number): string => {
    const known = owners.get(id);
    if (known) return known;
    const node = byId.get(id)!;
    let owner = ownerOf(node.callFrame);
    if (owner === '(natif)') {
      const up = parent.get(id);
      owner = up === undefined ? owner : resolve(up);
    }
    owners.set(id, owner);
    return owner;
  };
  for (const node of profile.nodes) resolve(node.id);
  return owners;
}

interface Stretch {
  fromMs: number;
  toMs: number;
  busy: Map<string, number>;
  busyMs: number;
}

/** One-second buckets at least a fifth busy, run together: a measurement of the bench. */
function stretches(profile: CpuProfile, minSeconds = 3): Stretch[] {
  const owners = ownersOf(profile);
  const seconds: Array<{ busyMs: number; byOwner: Map<string, number> }> = [];
  let at = 0;
  profile.samples.forEach((id, index) => {
    const delta = profile.timeDeltas[index] ?? 0;
    at += delta;
    const second = Math.floor(at / 1e6);
    const bucket = (seconds[second] ??= { busyMs: 0, byOwner: new Map() });
    const owner = owners.get(id) ?? '?';
    if (owner === '(idle)') return;
    bucket.busyMs += delta / 1000;
    bucket.byOwner.set(owner, (bucket.byOwner.get(owner) ?? 0) + delta / 1000);
  });
  const found: Stretch[] = [];
  let current: Stretch | null = null;
  for (let second = 0; second < seconds.length; second++) {
    const bucket = seconds[second];
    if (bucket && bucket.busyMs >= 200) {
      current ??= { fromMs: second * 1000, toMs: 0, busy: new Map(), busyMs: 0 };
      current.toMs = (second + 1) * 1000;
      current.busyMs += bucket.busyMs;
      for (const [owner, ms] of bucket.byOwner) current.busy.set(owner, (current.busy.get(owner) ?? 0) + ms);
    } else if (current) {
      if (current.toMs - current.fromMs >= minSeconds * 1000) found.push(current);
      current = null;
    }
  }
  if (current && current.toMs - current.fromMs >= minSeconds * 1000) found.push(current);
  return found;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const topAt = args.indexOf('--top');
  const top = topAt >= 0 ? Number(args[topAt + 1]) : 15;
  const files = args.filter((arg, index) => arg.endsWith('.cpuprofile') && index !== topAt + 1);
  for (const file of files) {
    const profile = JSON.parse(await readFile(file, 'utf8')) as CpuProfile;
    console.log(`\n# ${path.basename(file)}`);
    for (const [index, stretch] of stretches(profile).entries()) {
      const seconds = (stretch.toMs - stretch.fromMs) / 1000;
      console.log(
        `\n## Mesure ${index + 1} : ${stretch.fromMs / 1000}–${stretch.toMs / 1000} s, CPU occupé ${Math.round(
          (stretch.busyMs / (seconds * 1000)) * 100,
        )} %`,
      );
      const sorted = [...stretch.busy].sort((a, b) => b[1] - a[1]).slice(0, top);
      for (const [owner, ms] of sorted)
        console.log(`${((ms / stretch.busyMs) * 100).toFixed(1).padStart(5)} %  ${owner}`);
    }
  }
}

if (require.main === module) void main();

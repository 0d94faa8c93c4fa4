/**
 * Runs the whole product on one machine: the local mail inbox, Strapi and the Astro site,
 * each waited for until it answers. Used by `npm start` and by the end-to-end tests.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { startInbox, type Inbox } from './mail-inbox';

export const ROOT = path.resolve(__dirname, '..');
const CMS = path.join(ROOT, 'cms');
const SITE = path.join(ROOT, 'site');
const STRAPI_BIN = path.join(ROOT, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js');

export interface StackOptions {
  sitePort?: number;
  strapiPort?: number;
  smtpPort?: number;
  inboxPort?: number;
  /** Extra environment for Strapi (database, demo data…). */
  cmsEnv?: Record<string, string>;
  /** Extra environment for the site. */
  siteEnv?: Record<string, string>;
  /** Print each process's output, prefixed. */
  verbose?: boolean;
}

export interface Stack {
  siteUrl: string;
  strapiUrl: string;
  inbox: Inbox;
  strapi: ChildProcess;
  site: ChildProcess;
  /** Stops Strapi alone (the site keeps running): for the fault scripts. */
  stopStrapi: () => Promise<void>;
  /** Starts Strapi again, with the same settings, and waits until it answers. */
  startStrapi: () => Promise<void>;
  stop: () => Promise<void>;
}

/**
 * Astro's command-line entry as the installed version names it (`astro.js` in Astro 5,
 * `bin/astro.mjs` since 6), wherever npm put the package (at the root, or nested under site/).
 */
function astroCli(): string {
  const manifest = require.resolve('astro/package.json', { paths: [SITE] });
  const bin = (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { bin: string | Record<string, string> }).bin;
  return path.join(path.dirname(manifest), typeof bin === 'string' ? bin : (bin.astro ?? 'astro.js'));
}

/** The oldest Node the product is tested on (package.json's engines); older ones stop here, in French. */
export const MINIMUM_NODE = '24.22.3';

export function ensureNodeVersion(current = process.versions.node): void {
  const [major = 0, minor = 0, patch = 0] = current.split('.').map(Number);
  const [wantMajor = 0, wantMinor = 0, wantPatch = 0] = MINIMUM_NODE.split('.').map(Number);
  const recent = major !== wantMajor ? major > wantMajor : minor !== wantMinor ? minor > wantMinor : patch >= wantPatch;
  if (recent) return;
  console.error(
    `Il faut Node.js ${MINIMUM_NODE} ou plus récent (Node 24 LTS) ; celui-ci est ${current}. ` +
      'Voir « Démarrer en deux commandes » dans le README pour l’installer depuis le registre npm.',
  );
  process.exit(1);
}

/** Local secrets, generated once per clone into cms/.env (git-ignored), never used in production. */
export function ensureLocalSecrets(): void {
  const file = path.join(CMS, '.env');
  if (fs.existsSync(file)) return;
  const secret = () => crypto.randomBytes(24).toString('base64');
  const lines = [
    '# Secrets locaux générés par `npm start` : ne pas utiliser en production.',
    `APP_KEYS=${secret()},${secret()}`,
    `API_TOKEN_SALT=${secret()}`,
    `ADMIN_JWT_SECRET=${secret()}`,
    `TRANSFER_TOKEN_SALT=${secret()}`,
    `JWT_SECRET=${secret()}`,
    `ENCRYPTION_KEY=${secret()}`,
    'STRAPI_TELEMETRY_DISABLED=true',
  ];
  fs.writeFileSync(file, `${lines.join('\n')}\n`, { mode: 0o600 });
}

function newestMtime(paths: string[]): number {
  let newest = 0;
  const visit = (entry: string) => {
    if (!fs.existsSync(entry)) return;
    const stat = fs.statSync(entry);
    if (stat.isDirectory()) {
      for (const child of fs.readdirSync(entry)) {
        if (child === 'node_modules' || child === 'dist' || child === '.astro') continue;
        visit(path.join(entry, child));
      }
    } else newest = Math.max(newest, stat.mtimeMs);
  };
  paths.forEach(visit);
  return newest;
}

function run(command: string, args: string[], cwd: string, label: string): void {
  console.log(`→ ${label}…`);
  const started = Date.now();
  const result = spawnSync(command, args, {
    cwd,
    stdio: 'inherit',
    env: { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true' },
  });
  if (result.status !== 0) throw new Error(`${label} a échoué (code ${result.status})`);
  console.log(`  ${label} : ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** Builds what is missing or older than its sources. `admin: false` only compiles Strapi's TypeScript. */
export function buildIfNeeded(options: { admin: boolean }): void {
  const configStamp = path.join(ROOT, 'config', 'dist', 'cjs', 'index.js');
  if (
    !fs.existsSync(configStamp) ||
    newestMtime([path.join(ROOT, 'config', 'src')]) > fs.statSync(configStamp).mtimeMs
  ) {
    run('npm', ['run', 'build', '--silent', '-w', 'config'], ROOT, 'Compilation de config/');
  }

  const cmsSources = newestMtime([path.join(CMS, 'src'), path.join(CMS, 'config'), path.join(ROOT, 'config', 'src')]);
  const cmsStamp = path.join(CMS, 'dist', options.admin ? 'build/index.html' : 'src/index.js');
  if (!fs.existsSync(cmsStamp) || cmsSources > fs.statSync(cmsStamp).mtimeMs) {
    if (options.admin)
      run(process.execPath, [STRAPI_BIN, 'build'], CMS, 'Construction de Strapi et de son interface d’administration');
    else run(process.execPath, ['-e', "require('@strapi/strapi').compileStrapi()"], CMS, 'Compilation de Strapi');
  }

  const siteStamp = path.join(SITE, 'dist', 'server', 'entry.mjs');
  const siteSources = newestMtime([
    path.join(SITE, 'src'),
    path.join(SITE, 'public'),
    path.join(SITE, 'astro.config.mjs'),
    path.join(ROOT, 'config', 'src'),
  ]);
  if (!fs.existsSync(siteStamp) || siteSources > fs.statSync(siteStamp).mtimeMs) {
    run(process.execPath, [astroCli(), 'build', '--silent'], SITE, 'Construction du site');
  }
}

async function waitUntil(
  url: string,
  accept: (status: number) => boolean,
  child: ChildProcess,
  label: string,
  timeoutMs = 120_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${label} s’est arrêté (code ${child.exitCode})`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      await response.body?.cancel();
      if (accept(response.status)) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${label} ne répond pas après ${timeoutMs / 1000} s (${url})`);
}

function pipeOutput(child: ChildProcess, prefix: string, verbose: boolean, sink: string[]): void {
  const onData = (data: Buffer) => {
    const text = data.toString();
    sink.push(text);
    if (sink.length > 200) sink.shift();
    if (verbose) for (const line of text.split('\n')) if (line.trim()) console.log(`${prefix} ${line}`);
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const verbose = options.verbose ?? false;
  const inbox = await startInbox({ smtpPort: options.smtpPort ?? 0, httpPort: options.inboxPort ?? 0, log: verbose });
  const strapiPort = options.strapiPort ?? 1337;
  const sitePort = options.sitePort ?? 4321;
  const strapiUrl = `http://127.0.0.1:${strapiPort}`;
  const siteUrl = `http://localhost:${sitePort}`;
  const logs: string[] = [];
  // Lets the site pass the visitor's address to Strapi's rate limits; new for each run.
  const internalSecret = crypto.randomBytes(24).toString('base64url');

  // CPU_PROFILE_DIR=/tmp/profiles: Strapi and the site write a V8 CPU profile there when they stop (open it in Chrome DevTools).
  const profile = process.env.CPU_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.CPU_PROFILE_DIR}`] : [];
  const spawnStrapi = () => {
    const child = spawn(process.execPath, [...profile, STRAPI_BIN, 'start'], {
      cwd: CMS,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        NODE_ENV: 'development',
        HOST: '127.0.0.1',
        PORT: String(strapiPort),
        CMS_URL: strapiUrl,
        SITE_URL: siteUrl,
        SMTP_HOST: '127.0.0.1',
        SMTP_PORT: String(inbox.smtpPort),
        INTERNAL_API_SECRET: internalSecret,
        STRAPI_TELEMETRY_DISABLED: 'true',
        BROWSER: 'none',
        ...options.cmsEnv,
      },
    });
    pipeOutput(child, '[strapi]', verbose, logs);
    return child;
  };
  let strapi = spawnStrapi();

  const site = spawn(process.execPath, [...profile, path.join(SITE, 'server.mjs')], {
    cwd: SITE,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(sitePort),
      STRAPI_URL: strapiUrl,
      SITE_URL: siteUrl,
      INTERNAL_API_SECRET: internalSecret,
      ...options.siteEnv,
    },
  });
  pipeOutput(site, '[site]', verbose, logs);

  const stop = async () => {
    await Promise.all([stopChild(site), stopChild(strapi)]);
    await inbox.close();
  };
  const stopStrapi = () => stopChild(strapi);
  const startStrapi = async () => {
    strapi = spawnStrapi();
    await waitUntil(`${strapiUrl}/_health`, (status) => status === 204, strapi, 'Strapi');
  };

  try {
    await waitUntil(`${strapiUrl}/_health`, (status) => status === 204, strapi, 'Strapi');
    await waitUntil(`${siteUrl}/`, (status) => status === 200, site, 'Le site');
  } catch (error) {
    await stop();
    console.error(logs.join(''));
    throw error;
  }
  return {
    siteUrl,
    strapiUrl,
    inbox,
    get strapi() {
      return strapi;
    },
    site,
    stopStrapi,
    startStrapi,
    stop,
  };
}

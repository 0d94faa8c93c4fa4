/**
 * Runs the whole product on one machine: the local mail inbox, Strapi and the Astro site,
 * each waited for until it answers. Used by `npm start` and by the end-to-end tests.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { startInbox, type Inbox } from './mail-inbox';
import { startProxy, type Proxy } from './proxy';

export const ROOT = path.resolve(__dirname, '..');
const CMS = path.join(ROOT, 'cms');
const SITE = path.join(ROOT, 'site');
const STRAPI_BIN = path.join(ROOT, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js');

export interface StackOptions {
  sitePort?: number;
  strapiPort?: number;
  smtpPort?: number;
  inboxPort?: number;
  /**
   * How many Strapi and site processes (default 1). With more, each runs on the next ports and a
   * round-robin proxy answers on `sitePort` and `strapiPort` (scripts/proxy.ts): the production
   * layout with two instances, on one machine.
   */
  instances?: number;
  /** Extra environment for Strapi (database, demo data…). */
  cmsEnv?: Record<string, string>;
  /** Extra environment for the site. */
  siteEnv?: Record<string, string>;
  /** How many mails the local inbox keeps. */
  inboxKeeps?: number;
  /** Print each process's output, prefixed. */
  verbose?: boolean;
}

export interface Stack {
  /** The site's address: its single process, or the proxy in front of several. */
  siteUrl: string;
  strapiUrl: string;
  /** Each process's own address, in order (the same as above with one instance). */
  siteUrls: string[];
  strapiUrls: string[];
  inbox: Inbox;
  /** The first Strapi and site processes; `strapis` and `sites` hold all of them. */
  strapi: ChildProcess;
  site: ChildProcess;
  strapis: ChildProcess[];
  sites: ChildProcess[];
  /** Stops every Strapi (the sites keep running): for the fault scripts. SIGKILL gives them no time to finish. */
  stopStrapi: (signal?: 'SIGTERM' | 'SIGKILL') => Promise<void>;
  /** Starts every Strapi again, one after the other, with the same settings, and waits until each answers. */
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

/**
 * Builds what is missing or older than its sources. `admin: false` only compiles Strapi's
 * TypeScript; `site: false` leaves the site alone (the integration tests do not serve it).
 */
export function buildIfNeeded(options: { admin: boolean; site?: boolean }): void {
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

  if (options.site === false) return;
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

function stopChild(child: ChildProcess, signal: 'SIGTERM' | 'SIGKILL' = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill(signal);
  });
}

export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const verbose = options.verbose ?? false;
  const inbox = await startInbox({
    smtpPort: options.smtpPort ?? 0,
    httpPort: options.inboxPort ?? 0,
    log: verbose,
    keep: options.inboxKeeps,
  });
  const count = Math.max(1, options.instances ?? 1);
  const strapiPort = options.strapiPort ?? 1337;
  const sitePort = options.sitePort ?? 4321;
  // One instance answers on the given ports; several on the next ones, behind a proxy on these.
  const ports = (first: number) =>
    count === 1 ? [first] : Array.from({ length: count }, (_, index) => first + 1 + index);
  const strapiUrls = ports(strapiPort).map((port) => `http://127.0.0.1:${port}`);
  const siteUrls = ports(sitePort).map((port) => `http://localhost:${port}`);
  const strapiUrl = `http://127.0.0.1:${strapiPort}`;
  const siteUrl = `http://localhost:${sitePort}`;
  const logs: string[] = [];
  // Lets the site pass the visitor's address to Strapi's rate limits; new for each run.
  const internalSecret = crypto.randomBytes(24).toString('base64url');

  // CPU_PROFILE_DIR=/tmp/profiles: Strapi and the site write a V8 CPU profile there when they stop (open it in Chrome DevTools).
  const profile = process.env.CPU_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.CPU_PROFILE_DIR}`] : [];
  const spawnStrapi = (index: number) => {
    const child = spawn(process.execPath, [...profile, STRAPI_BIN, 'start'], {
      cwd: CMS,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        NODE_ENV: 'development',
        HOST: '127.0.0.1',
        PORT: new URL(strapiUrls[index]!).port,
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
    pipeOutput(child, count === 1 ? '[strapi]' : `[strapi ${index + 1}]`, verbose, logs);
    return child;
  };
  const strapis: ChildProcess[] = [];
  const sites: ChildProcess[] = [];
  const proxies: Proxy[] = [];

  const stop = async () => {
    await Promise.all([...sites, ...strapis].map((child) => stopChild(child)));
    await Promise.all(proxies.map((proxy) => proxy.close()));
    await inbox.close();
  };
  // One after the other: the first to start on an empty database creates its tables.
  const startStrapi = async () => {
    for (let index = 0; index < count; index += 1) {
      strapis[index] = spawnStrapi(index);
      await waitUntil(`${strapiUrls[index]}/_health`, (status) => status === 204, strapis[index]!, 'Strapi');
    }
  };

  try {
    if (count > 1) proxies.push(await startProxy(strapiUrls, strapiPort), await startProxy(siteUrls, sitePort));
    siteUrls.forEach((url, index) => {
      const site = spawn(process.execPath, [...profile, path.join(SITE, 'server.mjs')], {
        cwd: SITE,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: {
          ...process.env,
          NODE_ENV: 'production',
          HOST: '127.0.0.1',
          PORT: new URL(url).port,
          STRAPI_URL: strapiUrl,
          SITE_URL: siteUrl,
          // The admin's address: the only page that may show a draft's preview in a frame.
          CMS_URL: strapiUrl,
          INTERNAL_API_SECRET: internalSecret,
          ...options.siteEnv,
        },
      });
      pipeOutput(site, count === 1 ? '[site]' : `[site ${index + 1}]`, verbose, logs);
      sites.push(site);
    });
    await startStrapi();
    for (const [index, url] of siteUrls.entries())
      await waitUntil(`${url}/`, (status) => status === 200, sites[index]!, 'Le site');
  } catch (error) {
    await stop();
    console.error(logs.join(''));
    throw error;
  }
  return {
    siteUrl,
    strapiUrl,
    siteUrls,
    strapiUrls,
    inbox,
    get strapi() {
      return strapis[0]!;
    },
    site: sites[0]!,
    strapis,
    sites,
    stopStrapi: async (signal) => {
      await Promise.all(strapis.map((child) => stopChild(child, signal)));
    },
    startStrapi,
    stop,
  };
}

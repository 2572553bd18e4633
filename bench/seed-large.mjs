// `npm run seed:large`: the large data set (5,000 actions, 200,000 updates, 2,000 escalations, 8 signed-off
// review cycles, 500 users, 60 partners) in DATABASE_URL, else in the embedded PostgreSQL under .data/bench.
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { execSync } from 'node:child_process';
import pg from 'pg';
import { getJson, signIn, startApi } from './api-process.mjs';
import { startDatabase } from './db.mjs';
import { BENCH_USERS, governanceStatements, HELPERS, LARGE, seedStatements } from './seed-sql.mjs';

export const BENCH_DATA_DIR = process.env.BENCH_DATA_DIR ?? '.data/bench';
const MARKER = 'bench:seeded';
const say = (line) => process.stdout.write(`${line}\n`);

/** Seeds `size` unless already there, then signs off its cycles through the running API at `base`. */
export async function seedData(databaseUrl, base, size = LARGE) {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const [marker] = (await db.query(`SELECT value FROM app_secret WHERE name = $1`, [MARKER])).rows;
    if (!marker) await insertRows(db, size);
    else say(`The ${marker.value} data set is already there`);
    await signOffCycles(db, base);
  } finally {
    await db.end();
  }
}

async function insertRows(db, size) {
  const started = performance.now();
  const [strategy] = (await db.query(`SELECT id FROM strategy WHERE reference_prefix = 'DI'`)).rows;
  if (!strategy) throw new Error('The demo data is missing: start the API once with SEED_DEMO on (the default).');
  const [{ password_hash }] = (await db.query(`SELECT password_hash FROM app_user WHERE email = 'leader@steerline.example'`)).rows;
  await db.query('BEGIN');
  for (const statement of HELPERS) await db.query(statement);
  await insertBenchUsers(db, strategy.id, password_hash);
  const ids = async (email) => (await db.query(`SELECT id FROM app_user WHERE email = $1`, [email])).rows[0].id;
  const settings = { strategy: strategy.id, password: password_hash, board: await ids('board@steerline.example'), leader: await ids('leader@steerline.example') };
  for (const [name, value] of Object.entries(settings)) await db.query(`SELECT set_config($1, $2, true)`, [`bench.${name}`, value]);
  for (const statement of [...seedStatements(size), ...governanceStatements(size)]) await timed(db, statement);
  await db.query(`INSERT INTO app_secret (name, value) VALUES ($1, $2)`, [MARKER, size === LARGE ? 'large' : 'small']);
  await db.query('COMMIT');
  await db.query('VACUUM ANALYZE'); // as autovacuum would have by now: statistics, visibility map, GIN pending lists
  say(`Seeded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

async function timed(db, statement) {
  const started = performance.now();
  const { rowCount } = await db.query(statement);
  if (process.env.BENCH_VERBOSE) say(`${String(rowCount).padStart(7)} rows ${(performance.now() - started).toFixed(0).padStart(6)} ms  ${statement.trim().split('\n')[0].slice(0, 70)}`);
}

async function insertBenchUsers(db, strategyId, passwordHash) {
  for (const user of BENCH_USERS) {
    const { rows } = await db.query(
      `INSERT INTO app_user (email, name, password_hash, is_admin, partner_id)
       VALUES ($1, $2, $3, $4, (SELECT id FROM partner WHERE name = $5)) RETURNING id`,
      [user.email, user.name, passwordHash, user.isAdmin ?? false, user.partner ?? null],
    );
    if (user.body) {
      await db.query(`INSERT INTO body_membership (user_id, body_id) SELECT $1, id FROM body WHERE strategy_id = $2 AND kind = $3`, [rows[0].id, strategyId, user.body]);
    }
  }
}

/** Sign-off is the product's own: it builds the snapshot the Corporate Plan report is drawn from. Oldest first. */
export async function signOffCycles(db, base) {
  const { rows } = await db.query(`SELECT id, name FROM review_cycle WHERE status <> 'signed_off' AND name LIKE 'Bench review %' ORDER BY period_end`);
  if (rows.length === 0) return;
  const cookie = await signIn(base, 'leader@steerline.example');
  for (const cycle of rows) {
    const started = performance.now();
    const { rows: [{ version }] } = await db.query(
      `UPDATE review_cycle SET status = 'board_review', version = version + (status = 'draft')::int WHERE id = $1 RETURNING version`, [cycle.id]);
    await getJson(base, `/api/reviews/cycles/${cycle.id}/sign-off`, cookie, { method: 'POST', body: JSON.stringify({ version }) }).catch((error) => {
      throw Object.assign(new Error(`Signing off through the API failed: ${error.message}`), { signOff: true });
    });
    say(`Signed off ${cycle.name} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
}

/** Builds both apps (Nx answers from its cache when nothing changed); prints the output only when it fails. */
export function buildIfNeeded(force = false) {
  if (!force && existsSync('dist/apps/api/main.js') && existsSync('dist/apps/web/index.html')) return;
  try {
    const output = execSync('npx nx run-many -t build -p api web --outputStyle=static', { encoding: 'utf8', stdio: 'pipe' });
    say(`Built: ${/First-load JavaScript[^\n]*/.exec(output)?.[0] ?? 'api and web'}`);
  } catch (error) {
    process.stderr.write(`${error.stdout ?? ''}${error.stderr ?? ''}`);
    throw new Error('The build failed');
  }
}

async function main() {
  buildIfNeeded();
  const database = await startDatabase(BENCH_DATA_DIR);
  let api;
  try {
    api = await startApi({ databaseUrl: database.url, logLevel: 'warn', dataDir: BENCH_DATA_DIR });
    await seedData(database.url, api.base);
  } finally {
    await api?.stop();
    await database.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().then(
    () => process.exit(0),
    (error) => {
      process.stderr.write(`seed:large failed: ${error.stack ?? error}\n`);
      process.exit(1);
    },
  );
}

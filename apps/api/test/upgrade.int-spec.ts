import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import { createGunzip } from 'node:zlib';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../src/database/migrations/index.js';
import { BOARD, LEADER } from './support/demo.js';
import { findBrokenInvariants } from './support/invariants.js';
import { createEmptyDatabase, createTestApp, type TestApp } from './support/test-app.js';

// The populated database of the previous release (made by scripts/upgrade-fixture.mjs with that commit's own code).
const FIXTURE = resolve(import.meta.dirname, 'fixtures/upgrade');
const MIGRATIONS_DIR = resolve(import.meta.dirname, '../src/database/migrations');
const ROOT = resolve(import.meta.dirname, '../../..');
interface Release {
  commit: string;
  migrations: { file: string; sha256: string }[];
  counts: Record<string, number>;
}
type Row = Record<string, unknown>;

/** `1764320000000-DataVersion.ts` is the migration TypeORM names `DataVersion1764320000000`. */
const migrationName = (file: string) => file.replace(/^(\d+)-(.+)\.ts$/, '$2$1');

async function releasedRows(): Promise<Map<string, Row[]>> {
  const tables = new Map<string, Row[]>();
  let rows: Row[] = [];
  const lines = createInterface({ input: createReadStream(resolve(FIXTURE, 'release.jsonl.gz')).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of lines) {
    const entry = line ? JSON.parse(line) : {};
    if (entry.table) tables.set(entry.table, (rows = []));
    else if (entry.row) rows.push(entry.row);
  }
  return tables;
}

/** A row as text, with only the columns the release had, in a fixed order: equal text means an equal row. */
const canonical = (row: Row, columns: string[]) => JSON.stringify(columns.map((column) => row[column]));

describe('upgrading a populated database of the previous release', () => {
  let release: Release;
  let before: Map<string, Row[]>;
  let t: TestApp;
  const startedAt = new Date().toISOString();

  beforeAll(async () => {
    release = JSON.parse(await readFile(resolve(FIXTURE, 'release.json'), 'utf8'));
    before = await releasedRows();
    const databaseUrl = await createEmptyDatabase();
    const released = new DataSource({
      type: 'postgres', url: databaseUrl, migrationsTableName: 'schema_migration',
      migrations: MIGRATIONS.slice(0, release.migrations.length),
    });
    await released.initialize();
    await released.runMigrations({ transaction: 'each' });
    await released.destroy();
    await promisify(execFile)(process.execPath, [resolve(ROOT, 'scripts/db-restore.mjs'), resolve(FIXTURE, 'release.jsonl.gz')], {
      cwd: ROOT, env: { ...process.env, DATABASE_URL: databaseUrl },
    });
    t = await createTestApp({ DATABASE_URL: databaseUrl }); // starting the new version migrates the rest
  }, 60_000);
  afterAll(() => t?.close());

  it('starts from the released migrations, none of them edited since, in the same order', async () => {
    for (const { file, sha256 } of release.migrations) {
      const now = createHash('sha256').update(await readFile(resolve(MIGRATIONS_DIR, file))).digest('hex');
      expect({ file, sha256: now }).toEqual({ file, sha256 });
    }
    expect(MIGRATIONS.slice(0, release.migrations.length).map((migration) => migration.name)).toEqual(release.migrations.map(({ file }) => migrationName(file)));
    expect(Object.values(release.counts).reduce((sum, n) => sum + n, 0)).toBeGreaterThan(2000);
  });

  it('applies every newer migration once', async () => {
    const applied = await t.sql<{ name: string }>(`SELECT name FROM schema_migration ORDER BY timestamp, id`);
    expect(applied.map((row) => row.name)).toEqual(MIGRATIONS.map((migration) => migration.name));
    expect(MIGRATIONS.length).toBeGreaterThan(release.migrations.length);
  });

  it('keeps every row of every table as it was, and adds none to the plan', async () => {
    const changed: Record<string, { missing: string[]; added: string[] }> = {};
    for (const [table, rows] of before) {
      if (table === 'data_version') continue; // the read cache's change counter, which counts on
      const columns = Object.keys(rows[0] ?? {});
      const was = rows.map((row) => canonical(row, columns));
      const now = (await t.sql<{ row: Row }>(`SELECT row_to_json(t) AS row FROM "${table}" t`)).map(({ row }) => canonical(row, columns));
      const missing = was.filter((row) => !now.includes(row));
      const added = now.filter((row) => !was.includes(row));
      if (missing.length > 0 || added.length > 0) changed[table] = { missing: missing.slice(0, 3), added: added.slice(0, 3) };
    }
    expect(changed).toEqual({});
    expect(await t.sql(`SELECT slot FROM data_version`)).toHaveLength(before.get('data_version')!.length);
  });

  it('keeps every invariant the data must hold', async () => {
    expect(await findBrokenInvariants(t, startedAt)).toEqual({});
  });

  it('serves the released data: lists, history, the signed-off report, and new writes beside it', async () => {
    const board = await t.signIn(BOARD);
    const list = await board.get('/api/actions?pageSize=100').expect(200);
    expect(list.body.total).toBe(before.get('action')!.filter((action) => action.status !== 'cancelled').length);
    const [busiest] = await t.sql<{ id: string; updates: number }>(
      `SELECT action_id AS id, count(*)::int AS updates FROM progress_update GROUP BY action_id ORDER BY 2 DESC, 1 LIMIT 1`);
    const history = await board.get(`/api/actions/${busiest.id}/updates`).expect(200);
    expect(history.body).toHaveLength(busiest.updates);

    const [cycle] = await t.sql<{ id: string; name: string }>(`SELECT id, name FROM review_cycle WHERE status = 'signed_off'`);
    const leader = await t.signIn(LEADER);
    const report = await leader.get(`/api/reviews/cycles/${cycle.id}/report.html`).expect(200);
    expect(report.text).toContain(cycle.name);
    await leader.get(`/api/reviews/cycles/${cycle.id}/report.pdf`).expect(200);
    expect(await t.sql(`SELECT 1 FROM export_request`)).toHaveLength(1); // the newer version's download limit at work

    const [action] = await t.sql<{ id: string; version: number }>(`SELECT id, version FROM action WHERE id = $1`, [busiest.id]);
    await board.post(`/api/actions/${action.id}/updates`).send({ commentary: 'First update after the upgrade', rag: 'green', percentComplete: 50 }).expect(201);
    expect((await board.get(`/api/actions/${busiest.id}/updates`).expect(200)).body).toHaveLength(busiest.updates + 1);
  });
});

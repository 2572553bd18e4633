import { execFile } from 'node:child_process';
import { mkdir, rm, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { createApp } from '../src/app.factory.js';
import { loadConfig } from '../src/config/env.js';
import { ADMIN, BOARD, demoIds } from './support/demo.js';
import { createEmptyDatabase, createTestApp } from './support/test-app.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const WORK_DIR = resolve(ROOT, `.data/api-tests/backup-${process.pid}`);
const run = promisify(execFile);
const script = (name: string, args: string[], databaseUrl: string) =>
  run(process.execPath, [resolve(ROOT, 'scripts', name), ...args], { cwd: ROOT, env: { ...process.env, DATABASE_URL: databaseUrl } });

/** Row count and an md5 of all rows in a fixed order, per table: equal fingerprints mean equal contents. */
async function fingerprint(url: string): Promise<Record<string, { rows: number; checksum: string }>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'schema_migration' ORDER BY tablename`);
    const result: Record<string, { rows: number; checksum: string }> = {};
    for (const { tablename } of tables) {
      const { rows } = await client.query(`SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS checksum FROM "${tablename}" t`);
      result[tablename] = rows[0];
    }
    return result;
  } finally {
    await client.end();
  }
}

describe('npm run db:backup and db:restore', () => {
  beforeAll(() => mkdir(WORK_DIR, { recursive: true }));
  afterAll(() => rm(WORK_DIR, { recursive: true, force: true }));

  it('restores a backup into a fresh database with every row of every table', async () => {
    const t = await createTestApp();
    const ids = await demoIds(t);
    const board = await t.signIn(BOARD);
    await board.post(`/api/actions/${ids['DI-003']}/updates`).send({ commentary: 'Backed up: “quotes”, ünïcode, emoji 🎉', rag: 'amber', percentComplete: 40, problem: 'Late', correctiveAction: 'Extra staff' }).expect(201);
    const admin = await t.signIn(ADMIN);
    await admin.post('/api/partners').send({ name: 'Backup Test Partner' }).expect((response) => expect(response.status).toBeLessThan(300));
    await t.close();
    const source = await fingerprint(t.databaseUrl);
    expect(source.progress_update.rows).toBeGreaterThan(0);
    expect(source.audit_event.rows).toBeGreaterThan(0);

    const file = resolve(WORK_DIR, 'steerline.dump');
    await script('db-backup.mjs', [file], t.databaseUrl);
    expect((await stat(file)).size).toBeGreaterThan(0);

    const freshUrl = await createEmptyDatabase();
    const migrated = await createApp(loadConfig({ LOG_LEVEL: 'silent', SEED_DEMO: 'false', DATABASE_URL: freshUrl }));
    await migrated.close();
    expect((await fingerprint(freshUrl)).action.rows).toBe(0);

    const restored = await script('db-restore.mjs', [file], freshUrl);
    expect(restored.stdout).toMatch(/Restored/);
    expect(await fingerprint(freshUrl)).toEqual(source);

    const again = await createApp(loadConfig({ LOG_LEVEL: 'silent', SEED_DEMO: 'false', DATABASE_URL: freshUrl }));
    await again.init();
    const { default: request } = await import('supertest');
    const agent = request.agent(again.getHttpServer());
    await agent.post('/api/auth/sign-in').send({ email: BOARD, password: 'steerline-demo-2026' }).expect(200);
    await agent.post(`/api/actions/${ids['DI-003']}/updates`).send({ commentary: 'After restore', rag: 'green', percentComplete: 50 }).expect(201);
    await again.close();
  }, 60_000);

  it('refuses a file that is not a backup and leaves the database as it was', async () => {
    const t = await createTestApp();
    await t.close();
    const before = await fingerprint(t.databaseUrl);
    const file = resolve(WORK_DIR, 'not-a-backup.dump');
    await run('sh', ['-c', `echo hello | gzip > ${file}`]);
    await expect(script('db-restore.mjs', [file], t.databaseUrl)).rejects.toThrow(/not a Steerline backup|Unexpected token|JSON/);
    expect(await fingerprint(t.databaseUrl)).toEqual(before);
  }, 60_000);
});

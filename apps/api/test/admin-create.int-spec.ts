import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { startEmbeddedDatabase } from '../src/database/embedded.js';
import { tokenOf } from './support/accounts.js';
import { createEmptyDatabase, createTestApp } from './support/test-app.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const TSX = resolve(ROOT, 'node_modules/.bin/tsx');

/** `npm run admin:create` runs dist/apps/api/admin-create.js; the same entry runs here from source. */
async function adminCreate(args: string[], env: Record<string, string>) {
  try {
    const { stdout, stderr } = await promisify(execFile)(TSX, ['--tsconfig', 'apps/api/tsconfig.json', 'apps/api/src/admin-create.ts', ...args], {
      cwd: ROOT, env: { ...process.env, LOG_LEVEL: 'silent', ...env }, timeout: 60_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const linkIn = (stdout: string) => /^http\S+$/m.exec(stdout)?.[0];

describe('npm run admin:create', () => {
  it('migrates an empty database, creates an administrator with no password and prints a link that sets it', async () => {
    const databaseUrl = await createEmptyDatabase();
    const env = { DATABASE_URL: databaseUrl, PUBLIC_URL: 'https://steerline.norwich.example' };
    const created = await adminCreate(['--email', 'Fay.First@Norwich.example', '--name', 'Fay First'], env);
    expect(created).toMatchObject({ code: 0, stderr: '' });
    expect(created.stdout).toContain('Created the administrator Fay First <Fay.First@Norwich.example>.');
    const link = linkIn(created.stdout)!;
    expect(link).toMatch(/^https:\/\/steerline\.norwich\.example\/set-password\?token=[A-Za-z0-9_-]{43}$/);

    const again = await adminCreate(['--email', 'fay.first@norwich.example', '--name', 'Someone Else'], env);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('There is already an account for Fay.First@Norwich.example (Fay First). To print a new link to set its password, add --reset.');
    expect(linkIn(again.stdout)).toBeUndefined();

    const reset = await adminCreate(['--email', 'fay.first@norwich.example', '--reset'], env);
    expect(reset.code).toBe(0);
    const newLink = linkIn(reset.stdout)!;
    expect(newLink).not.toBe(link);

    const t = await createTestApp({ DATABASE_URL: databaseUrl, SEED_DEMO: 'false' });
    try {
      const [admin] = await t.sql<{ is_admin: boolean; is_active: boolean; password_hash: string | null }>('SELECT is_admin, is_active, password_hash FROM app_user');
      expect(admin).toEqual({ is_admin: true, is_active: true, password_hash: null });
      expect((await t.http.post('/api/account/set-password').send({ token: tokenOf(link), password: 'first-of-the-council' }).expect(410)).body.error.code).toBe('link_superseded');
      await t.http.post('/api/account/set-password').send({ token: tokenOf(newLink), password: 'first-of-the-council' }).expect(200);
      const signedIn = await t.signIn('fay.first@norwich.example', 'first-of-the-council');
      expect((await signedIn.get('/api/me').expect(200)).body).toMatchObject({ name: 'Fay First', isAdmin: true });
    } finally {
      await t.close();
    }
  }, 120_000);

  it('refuses --reset for an address with no account, and a missing name', async () => {
    const env = { DATABASE_URL: await createEmptyDatabase() };
    const reset = await adminCreate(['--email', 'nobody@norwich.example', '--reset'], env);
    expect(reset).toMatchObject({ code: 1, stderr: expect.stringContaining('There is no account for nobody@norwich.example') });
    const nameless = await adminCreate(['--email', 'sam@norwich.example'], env);
    expect(nameless).toMatchObject({ code: 1, stderr: expect.stringContaining('Give the administrator\'s full name') });
  }, 120_000);

  it('works on the embedded PostgreSQL of a running app, leaving it running', async () => {
    const dataDir = resolve(ROOT, `.data/api-tests/admin-create-${process.pid}`);
    const running = await startEmbeddedDatabase(dataDir, () => undefined);
    try {
      const created = await adminCreate(['--email', 'fay@norwich.example', '--name', 'Fay First'], { DATA_DIR: dataDir });
      expect(created).toMatchObject({ code: 0, stdout: expect.stringContaining('Created the administrator Fay First') });
      const client = new pg.Client({ connectionString: running.url });
      await client.connect();
      const { rows } = await client.query('SELECT email FROM app_user');
      await client.end();
      expect(rows).toEqual([{ email: 'fay@norwich.example' }]);
    } finally {
      await running.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});

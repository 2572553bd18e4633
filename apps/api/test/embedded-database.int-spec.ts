import { rm, writeFile, mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import pg from 'pg';
import { startEmbeddedDatabase } from '../src/database/embedded.js';

const DATA_DIR = resolve(import.meta.dirname, `../../../.data/api-tests/embedded-${process.pid}`);

describe('the embedded PostgreSQL', () => {
  beforeAll(() => rm(DATA_DIR, { recursive: true, force: true }));
  afterAll(() => rm(DATA_DIR, { recursive: true, force: true }));

  it('takes over from a server left running by a killed process, keeping its data', async () => {
    const orphaned = await startEmbeddedDatabase(DATA_DIR, () => undefined);
    await query(orphaned.url, `CREATE TABLE kept (note text); INSERT INTO kept VALUES ('written before the crash')`);
    // Node was SIGKILLed here: nobody calls orphaned.stop(), the server and its postmaster.pid stay.

    const lines: string[] = [];
    const restarted = await startEmbeddedDatabase(DATA_DIR, (line) => lines.push(line));
    try {
      expect(lines.join('\n')).toMatch(/left running by an earlier start/);
      expect(restarted.url).not.toEqual(orphaned.url);
      expect(await query(restarted.url, `SELECT note FROM kept`)).toEqual([{ note: 'written before the crash' }]);
    } finally {
      await restarted.stop();
    }
  });

  it('says in one line why a data directory cannot be used', async () => {
    const file = resolve(DATA_DIR, 'a-file');
    await mkdir(DATA_DIR, { recursive: true });
    await writeFile(file, 'not a folder');
    await expect(startEmbeddedDatabase(file, () => undefined)).rejects.toThrow(/^The data directory .*a-file is not usable \(.+\)\. Set DATA_DIR/);
  });
});

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query(sql);
    return ([] as pg.QueryResult[]).concat(result).at(-1)!.rows;
  } finally {
    await client.end();
  }
}

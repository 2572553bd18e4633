// A data-only backup for when no pg_dump as new as the server is installed (Debian 12 ships 15, the embedded
// server is 18). Gzipped JSON lines: a header naming the applied migrations, then each table's rows. The schema
// itself comes from Steerline's migrations, so a restore needs a migrated database of the same or a later version.
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { createGunzip, createGzip } from 'node:zlib';
import pg from 'pg';

export const FORMAT = 'steerline-logical-dump';
const MIGRATIONS_TABLE = 'schema_migration';
const BATCH = 500;

const tablesOf = async (client) =>
  (await client.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> $1 ORDER BY tablename`, [MIGRATIONS_TABLE])).rows.map((row) => row.tablename);
const migrationsOf = async (client) => (await client.query(`SELECT name FROM ${MIGRATIONS_TABLE} ORDER BY timestamp`)).rows.map((row) => row.name);
const quote = (name) => `"${name.replaceAll('"', '""')}"`;

export async function dumpData(url, file) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const counts = {};
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const tables = await tablesOf(client);
    const lines = async function* () {
      yield `${JSON.stringify({ format: FORMAT, version: 1, createdAt: new Date().toISOString(), migrations: await migrationsOf(client) })}\n`;
      for (const table of tables) {
        const { rows } = await client.query(`SELECT row_to_json(t) AS row FROM ${quote(table)} t`);
        counts[table] = rows.length;
        yield `${JSON.stringify({ table })}\n`;
        for (const { row } of rows) yield `${JSON.stringify({ row })}\n`;
      }
    };
    await pipeline(Readable.from(lines()), createGzip(), createWriteStream(file, { mode: 0o600 }));
    await client.query('COMMIT');
  } finally {
    await client.end();
  }
  return counts;
}

/** Replaces every row of the target with the backup's, in one transaction, with triggers and FK checks off. */
export async function restoreData(url, file) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const counts = {};
  try {
    const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
    let table;
    let batch = [];
    const flush = async () => {
      if (batch.length === 0) return;
      const columns = (await client.query(
        `SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 AND is_generated = 'NEVER'`, [table],
      )).rows.map((row) => row.column_name).filter((column) => column in batch[0]).map(quote).join(', ');
      await client.query(`INSERT INTO ${quote(table)} (${columns}) SELECT ${columns} FROM json_populate_recordset(null::${quote(table)}, $1::json)`, [JSON.stringify(batch)]);
      counts[table] = (counts[table] ?? 0) + batch.length;
      batch = [];
    };
    for await (const line of lines) {
      if (!line) continue;
      const entry = JSON.parse(line);
      if (entry.format !== undefined) await begin(client, entry);
      else if (entry.table !== undefined) {
        await flush();
        table = entry.table;
        counts[table] = 0;
      } else {
        batch.push(entry.row);
        if (batch.length >= BATCH) await flush();
      }
    }
    await flush();
    await resetSequences(client);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
  return counts;
}

async function begin(client, header) {
  if (header.format !== FORMAT || header.version !== 1) throw new Error('This file is not a Steerline backup');
  const applied = new Set(await migrationsOf(client).catch(() => []));
  const missing = header.migrations.filter((name) => !applied.has(name));
  if (missing.length > 0) throw new Error(`The target database lacks migrations the backup was taken with (${missing.join(', ')}): run a Steerline at least as new against it first`);
  await client.query('BEGIN');
  await client.query('SET LOCAL session_replication_role = replica');
  const tables = await tablesOf(client);
  if (tables.length > 0) await client.query(`TRUNCATE ${tables.map(quote).join(', ')}`);
}

/** Serial columns continue after the highest restored value. */
async function resetSequences(client) {
  const { rows } = await client.query(`
    SELECT s.relname AS sequence, t.relname AS "table", a.attname AS "column"
      FROM pg_depend d
      JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
      JOIN pg_class t ON t.oid = d.refobjid
      JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
      JOIN pg_namespace n ON n.oid = s.relnamespace AND n.nspname = 'public'`);
  for (const { sequence, table, column } of rows) {
    await client.query(`SELECT setval($1, coalesce((SELECT max(${quote(column)}) FROM ${quote(table)}), 0) + 1, false)`, [quote(sequence)]);
  }
}

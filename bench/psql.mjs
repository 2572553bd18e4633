// `node bench/psql.mjs "<sql>"`: runs SQL (e.g. EXPLAIN ANALYZE) against the bench's database and prints the rows.
import pg from 'pg';
import { startDatabase } from './db.mjs';

const database = await startDatabase(process.argv[3] ?? '.data/bench');
const db = new pg.Client({ connectionString: database.url });
await db.connect();
try {
  for (const statement of process.argv[2].split(/;\s*\n/).filter((text) => text.trim())) {
    const { rows } = await db.query(statement);
    for (const row of rows) process.stdout.write(`${Object.values(row).map((value) => (typeof value === 'object' ? JSON.stringify(value) : value)).join(' | ')}\n`);
    process.stdout.write('\n');
  }
} finally {
  await db.end();
  await database.stop();
}

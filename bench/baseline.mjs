// The physical baseline: a bare node:http server that runs the action list's SQL through pg and returns the page as
// JSON. No framework, session, validation or logging: what the list costs the database plus JSON, nothing else.
// Run as a child process of run.mjs: `node bench/baseline.mjs <port>` with DATABASE_URL set.
import { createServer } from 'node:http';
import pg from 'pg';
import { COUNT_SQL, FILTER, PAGE, PAGE_SQL } from './list-sql.mjs';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 }); // TypeORM's default pool size

const server = createServer(async (_request, response) => {
  try {
    // One named statement, as the API's list; like the API, a page past the last (no row to carry the count) counts apart.
    const { rows } = await pool.query({ name: 'action_list_page', text: PAGE_SQL, values: [...FILTER, PAGE.pageSize, (PAGE.page - 1) * PAGE.pageSize] });
    const total = rows[0]?.total ?? (PAGE.page === 1 ? 0 : (await pool.query(COUNT_SQL, FILTER)).rows[0].total);
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ items: rows, total, ...PAGE }));
  } catch (error) {
    response.writeHead(500).end(String(error));
  }
});
server.listen(Number(process.argv[2]), '127.0.0.1', () => process.stdout.write('ready\n'));
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));

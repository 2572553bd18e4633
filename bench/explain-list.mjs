// `node bench/explain-list.mjs [filter...]`: EXPLAIN (ANALYZE, BUFFERS) of the action list's SQL for each filter and
// sort on the bench's database; the evidence for the indexes in migrations/1764300000000-ListIndexes.ts.
import pg from 'pg';
import { startDatabase } from './db.mjs';
import { countSql, listSql } from './list-sql.mjs';

const OPEN = `a.status NOT IN ('complete', 'cancelled')`;
const LAST = 'a.last_update_at';
const ME = `(SELECT id FROM app_user WHERE email = 'bench-working@steerline.example')`;
const CASES = {
  default: [`a.status <> 'cancelled'`, 'a.reference ASC'],
  priority: [`(a.priority_id = ANY('{}'::uuid[]) OR p.number = ANY('{2}'::int[])) AND a.status <> 'cancelled'`, 'a.reference ASC'],
  status: [`a.status = ANY('{in_progress}'::text[])`, 'a.reference ASC'],
  rag: [`a.rag = ANY('{red}'::text[]) AND a.status <> 'cancelled'`, 'a.reference ASC'],
  owner: [`a.owner_id = ${ME} AND a.status <> 'cancelled'`, 'a.reference ASC'],
  body: [`a.owning_body_id = (SELECT id FROM body WHERE kind = 'leadership_team') AND a.status <> 'cancelled'`, 'a.reference ASC'],
  partner: [`EXISTS (SELECT 1 FROM action_partner ap WHERE ap.action_id = a.id AND ap.partner_id = (SELECT id FROM partner WHERE name = 'The Forum')) AND a.status <> 'cancelled'`, 'a.reference ASC'],
  segment: [`EXISTS (SELECT 1 FROM action_segment s WHERE s.action_id = a.id AND s.segment_id = (SELECT id FROM population_segment ORDER BY name LIMIT 1)) AND a.status <> 'cancelled'`, 'a.reference ASC'],
  overdue: [`(a.due_date IS NOT NULL AND a.due_date < current_date AND ${OPEN}) = true AND a.status <> 'cancelled'`, 'a.due_date ASC NULLS LAST'],
  stale: [`(${OPEN} AND (${LAST} IS NULL OR ${LAST} < now() - interval '30 days')) = true AND a.status <> 'cancelled'`, `${LAST} ASC NULLS FIRST`],
  myStale: [`a.owner_id = ${ME} AND (${OPEN} AND (${LAST} IS NULL OR ${LAST} < now() - interval '30 days')) = true AND a.status <> 'cancelled'`, `${LAST} ASC NULLS FIRST`],
  q: [`(a.reference ILIKE '%libraries 12%' OR a.title ILIKE '%libraries 12%' OR a.description ILIKE '%libraries 12%') AND a.status <> 'cancelled'`, 'a.reference ASC'],
  sortTitle: [`a.status <> 'cancelled'`, 'lower(a.title) ASC'],
  sortDue: [`a.status <> 'cancelled'`, 'a.due_date ASC NULLS LAST'],
  sortRag: [`a.status <> 'cancelled'`, `array_position(ARRAY['red', 'amber', 'green', 'blue', 'grey'], a.rag) ASC`],
  sortStatus: [`a.status <> 'cancelled'`, `array_position(ARRAY['not_started', 'in_progress', 'complete', 'cancelled'], a.status) ASC`],
  sortDueDesc: [`a.status <> 'cancelled'`, 'a.due_date DESC NULLS LAST'],
  bench: [`(a.priority_id = ANY('{}'::uuid[]) OR p.number = ANY('{2}'::int[])) AND a.status = ANY('{in_progress}'::text[]) AND a.rag = ANY('{red,amber}'::text[])`, 'a.due_date ASC NULLS LAST'],
  sortPriority: [`a.status <> 'cancelled'`, 'p.number ASC'],
  sortLastUpdate: [`a.status <> 'cancelled'`, `${LAST} DESC NULLS LAST`],
};

/** Wall time of the query itself, the median of 21 runs, so one busy moment does not decide. */
async function median(db, sql) {
  const times = [];
  for (let run = 0; run < 21; run += 1) {
    const started = performance.now();
    await db.query(sql);
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[10];
}

const wanted = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const database = await startDatabase('.data/bench');
const db = new pg.Client({ connectionString: database.url });
await db.connect();
try {
  for (const [name, [where, orderBy]] of Object.entries(CASES)) {
    if (wanted.length && !wanted.includes(name)) continue;
    for (const [kind, sql] of [['page', `${listSql(`WHERE ${where}`, orderBy)} LIMIT 25 OFFSET 0`], ['count', countSql(`WHERE ${where}`)]]) {
      const { rows } = await db.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`);
      const plan = rows.map((row) => row['QUERY PLAN']);
      const scans = plan.filter((line) => /Scan|Sort Method/.test(line)).map((line) => line.trim().replace(/\(cost=[^)]*\) /, '')).join('\n      ');
      process.stdout.write(`== ${name} (${kind}): median ${(await median(db, sql)).toFixed(2)} ms of 21 runs\n      ${scans}\n`);
      if (process.argv.includes('--plans')) process.stdout.write(`${plan.join('\n')}\n`);
    }
  }
} finally {
  await db.end();
  await database.stop();
}

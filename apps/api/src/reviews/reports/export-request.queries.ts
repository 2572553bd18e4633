import type { EntityManager } from 'typeorm';
import { PreparedStatement, runPrepared } from '../../database/prepared-statement.js';

/** The report downloads each user started in the last minute (export-throttle.ts sets the limit). */

const LOCK_USER = new PreparedStatement(`SELECT pg_advisory_xact_lock(hashtextextended('export_request:' || $1, 0))`);
const FORGET_OLD = new PreparedStatement(`DELETE FROM export_request WHERE user_id = $1 AND requested_at <= now() - interval '1 minute'`);
const RECENT = new PreparedStatement(`
  SELECT count(*)::int AS started, ceil(extract(epoch FROM min(requested_at) + interval '1 minute' - now()))::int AS retry_after
    FROM export_request WHERE user_id = $1`);
const RECORD = new PreparedStatement(`INSERT INTO export_request (user_id) VALUES ($1)`);

/**
 * Takes the user's turn (an advisory lock until the transaction ends), forgets their requests older than a minute and
 * answers how many remain and in how many seconds the oldest expires.
 */
export async function recentExports(db: EntityManager, userId: string): Promise<{ started: number; retry_after: number | null }> {
  await runPrepared(db, LOCK_USER, [userId]);
  await runPrepared(db, FORGET_OLD, [userId]);
  const [row] = await runPrepared<{ started: number; retry_after: number | null }>(db, RECENT, [userId]);
  return row;
}

export async function recordExport(db: EntityManager, userId: string): Promise<void> {
  await runPrepared(db, RECORD, [userId]);
}

import type { EntityManager } from 'typeorm';
import { PreparedStatement, runPrepared } from '../database/prepared-statement.js';

/** Failed sign-ins per account and address, kept in PostgreSQL so every replica sees the same count. */

const RECENT_FAILURES = new PreparedStatement(`
  SELECT count(*)::int AS failures,
         ceil(extract(epoch FROM min(failed_at) + make_interval(mins => $3) - now()))::int AS retry_after
    FROM sign_in_failure
   WHERE account = $1 AND address = $2 AND failed_at > now() - make_interval(mins => $3)`);
const RECORD_FAILURE = new PreparedStatement(`INSERT INTO sign_in_failure (account, address) VALUES ($1, $2)`);
const CLEAR_FAILURES = new PreparedStatement(`
  DELETE FROM sign_in_failure WHERE (account = $1 AND address = $2) OR failed_at < now() - make_interval(mins => $3)`);
const END_SESSIONS = new PreparedStatement(`DELETE FROM session WHERE sess->>'userId' = $1`);

/** The failures within the window, and in how many seconds the oldest of them leaves it. */
export async function recentFailures(db: EntityManager, account: string, address: string, windowMinutes: number) {
  const [row] = await runPrepared<{ failures: number; retry_after: number | null }>(db, RECENT_FAILURES, [account, address, windowMinutes]);
  return row;
}

export async function recordFailure(db: EntityManager, account: string, address: string): Promise<void> {
  await runPrepared(db, RECORD_FAILURE, [account, address]);
}

/** Forgets this account and address's failures, and everyone's older than the window. */
export async function clearFailures(db: EntityManager, account: string, address: string, windowMinutes: number): Promise<void> {
  await runPrepared(db, CLEAR_FAILURES, [account, address, windowMinutes]);
}

/** Deletes every stored session of the user, so each of their cookies is refused from the next request on. */
export async function endSessionsOf(db: EntityManager, userId: string): Promise<void> {
  await runPrepared(db, END_SESSIONS, [userId]);
}

import type { EntityManager } from 'typeorm';
import { PreparedStatement, runPrepared } from '../database/prepared-statement.js';

/** Forgotten-password requests per e-mail address and per client address, in PostgreSQL so every replica counts alike. */

const LOCK_EMAIL = new PreparedStatement(`SELECT pg_advisory_xact_lock(hashtextextended('password_reset:' || $1, 0))`);
const RECENT = new PreparedStatement(`
  SELECT count(*) FILTER (WHERE email = $1)::int AS "byEmail",
         count(*) FILTER (WHERE address = $2)::int AS "byAddress",
         ceil(extract(epoch FROM min(requested_at) FILTER (WHERE email = $1) + make_interval(mins => $3) - now()))::int AS "emailRetryAfter",
         ceil(extract(epoch FROM min(requested_at) FILTER (WHERE address = $2) + make_interval(mins => $3) - now()))::int AS "addressRetryAfter"
    FROM password_reset_request
   WHERE (email = $1 OR address = $2) AND requested_at > now() - make_interval(mins => $3)`);
const RECORD = new PreparedStatement(`INSERT INTO password_reset_request (email, address) VALUES ($1, $2)`);
const FORGET_OLD = new PreparedStatement(`DELETE FROM password_reset_request WHERE requested_at <= now() - make_interval(mins => $1)`);

export interface RecentResetRequests {
  byEmail: number;
  byAddress: number;
  emailRetryAfter: number | null;
  addressRetryAfter: number | null;
}

/** Makes requests for one e-mail address take turns until the transaction ends, so a burst cannot slip past the count. */
export async function lockResetsFor(db: EntityManager, email: string): Promise<void> {
  await runPrepared(db, LOCK_EMAIL, [email]);
}

export async function recentResetRequests(db: EntityManager, email: string, address: string, windowMinutes: number): Promise<RecentResetRequests> {
  const [row] = await runPrepared<RecentResetRequests>(db, RECENT, [email, address, windowMinutes]);
  return row;
}

/** Records this request, and forgets everyone's older than the window. */
export async function recordResetRequest(db: EntityManager, email: string, address: string, windowMinutes: number): Promise<void> {
  await runPrepared(db, FORGET_OLD, [windowMinutes]);
  await runPrepared(db, RECORD, [email, address]);
}

import type { Pool } from 'pg';
import { PreparedStatement } from '../../database/prepared-statement.js';
import { DATA_VERSION } from '../read-cache/data-version.js';
import { signedInUserSql } from './signed-in-user.queries.js';
import type { MeSource } from './to-me-response.js';

/**
 * The session and its signed-in user in one statement, where loading the session (connect-pg-simple's get) and then
 * the user (the access guard) took two round trips on every signed-in request. Nothing is kept between requests.
 * It also reads how many changes the plan's data has seen (DATA_VERSION), which answers kept by the read cache are
 * checked against.
 */
const SESSION_WITH_USER = new PreparedStatement(`
  SELECT s.sess, to_json(u) AS "user", (${DATA_VERSION}) AS data_version
  FROM session s
  LEFT JOIN LATERAL (${signedInUserSql(`(s.sess->>'userId')::uuid`)}) u ON true
  WHERE s.sid = $1 AND s.expire >= to_timestamp($2)`);

export interface SessionWithUserRow<Session> {
  sess: Session;
  user: MeSource | null;
  data_version: string;
}

/** The unexpired session with this id, its active user (null when none) and the data version; on the pg pool itself. */
export async function selectSessionWithUser<Session>(pool: Pool, sid: string, nowSeconds: number): Promise<SessionWithUserRow<Session> | undefined> {
  const { rows } = await pool.query<SessionWithUserRow<Session>>({ name: SESSION_WITH_USER.name, text: SESSION_WITH_USER.text, values: [sid, nowSeconds] });
  return rows[0];
}

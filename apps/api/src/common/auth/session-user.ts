import type { Request } from 'express';
import type session from 'express-session';
import type { Pool } from 'pg';
import { type MeSource, toMeResponse } from './to-me-response.js';
import { signedInUserSql } from './signed-in-user.queries.js';
import { PreparedStatement } from '../../database/prepared-statement.js';
import { DATA_VERSION } from '../read-cache/data-version.js';
import type { CurrentUser } from './current-user.js';

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

/** Rides on the loaded session object from get() to createSession(); a symbol, so it is never saved with the session. */
const LOADED_USER = Symbol('loadedUser');

interface LoadedUser {
  userId: string;
  user: CurrentUser | null;
  /** The data version as this request began; see common/read-cache. */
  dataVersion: string;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      loadedUser?: LoadedUser;
    }
  }
}

type StoredSession = session.SessionData & { [LOADED_USER]?: Omit<LoadedUser, 'userId'> };

/** Makes the store's get() read the session's user too; createSession() hands it to the request for the guard. */
export function loadUserWithSession(store: session.Store, pool: Pool): void {
  const createSession = store.createSession.bind(store);
  store.get = (sid, callback) => {
    pool.query<{ sess: StoredSession; user: MeSource | null; data_version: string }>({ name: SESSION_WITH_USER.name, text: SESSION_WITH_USER.text, values: [sid, Math.ceil(Date.now() / 1000)] }).then(
      ({ rows: [row] }) => {
        if (!row) return callback(null, null);
        const loaded = { user: row.user ? toMeResponse(row.user) : null, dataVersion: row.data_version };
        Object.defineProperty(row.sess, LOADED_USER, { value: loaded });
        callback(null, row.sess);
      },
      (error: unknown) => callback(error),
    );
  };
  store.createSession = (request, sess: StoredSession) => {
    const loaded = sess[LOADED_USER];
    if (loaded !== undefined && sess.userId) request.loadedUser = { userId: sess.userId, ...loaded };
    return createSession(request, sess);
  };
}

/** The data version read with this request's session; undefined when the session was not loaded with its user. */
export function loadedDataVersion(request: Request): string | undefined {
  return request.loadedUser?.dataVersion;
}

/** The user loaded with this request's session, if it is the session's user still; undefined when not loaded. */
export function loadedUser(request: Request, userId: string): CurrentUser | null | undefined {
  return request.loadedUser?.userId === userId ? request.loadedUser.user : undefined;
}

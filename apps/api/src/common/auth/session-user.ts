import type { Request } from 'express';
import type session from 'express-session';
import type { Pool } from 'pg';
import { toMeResponse } from './to-me-response.js';
import type { CurrentUser } from './current-user.js';
import { selectSessionWithUser } from './session.queries.js';

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
    selectSessionWithUser<StoredSession>(pool, sid, Math.ceil(Date.now() / 1000)).then(
      (row) => {
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

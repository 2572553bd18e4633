import { randomBytes } from 'node:crypto';
import { Logger } from '@nestjs/common';
import connectPgSimple from 'connect-pg-simple';
import type { NextFunction, Request, Response } from 'express';
import session from 'express-session';
import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import { loadUserWithSession } from '../common/auth/session-user.js';
import type { AppConfig } from '../config/env.js';
import { keepFirstSecret } from './app-secret.queries.js';

export const SESSION_COOKIE = 'steerline.sid';

/** Sessions live in PostgreSQL, so any replica can serve any request. */
export async function createSessionMiddleware(db: DataSource, config: AppConfig) {
  const PgStore = connectPgSimple(session);
  const pool = (db.driver as unknown as { master: Pool }).master;
  const store = new PgStore({ pool, tableName: 'session', createTableIfMissing: false, pruneSessionInterval: 15 * 60, errorLog: logStoreError });
  const idleMs = config.SESSION_IDLE_MINUTES * 60_000;
  const refreshEveryMs = Math.min(60_000, idleMs / 100);
  touchAtMostEvery(store, refreshEveryMs);
  loadUserWithSession(store, pool);
  const sessions = session({
    name: SESSION_COOKIE,
    secret: config.SESSION_SECRET ?? (await sharedSecret(db, 'session')),
    store,
    resave: false,
    saveUninitialized: false,
    rolling: false,
    cookie: { httpOnly: true, sameSite: 'lax', secure: config.COOKIE_SECURE, maxAge: idleMs, path: '/' },
  });
  return [sessions, refreshCookieAtMostEvery(refreshEveryMs)];
}

declare module 'express-session' {
  interface SessionData {
    /** The interval (see refreshCookieAtMostEvery) in which the session's cookie was last sent with a new expiry. */
    refreshedIn?: number;
  }
}

/**
 * A signed-in session's cookie is sent again with a new expiry at most once per interval. With `rolling`,
 * express-session signed and sent it on every response: 12% of the CPU of a page answered from the read cache. Now a
 * new interval marks the session changed, which makes express-session save it and send the cookie; other requests
 * send none. An active session is extended as before, at the same once-a-minute grain as its database expiry.
 */
function refreshCookieAtMostEvery(intervalMs: number) {
  return (request: Request, _response: Response, next: NextFunction): void => {
    const interval = Math.floor(Date.now() / intervalMs);
    if (request.session?.userId && request.session.refreshedIn !== interval) request.session.refreshedIn = interval;
    next();
  };
}

/**
 * express-session writes each session's new expiry on every response it does not save: an UPDATE and a commit per
 * request. This process skips that write when it made it for the same session less than `intervalMs` ago (a minute,
 * at most 1% of the idle time), so an active session may lapse that much early; a database write per request saved.
 */
function touchAtMostEvery(store: session.Store, intervalMs: number): void {
  const touchedAt = new Map<string, number>();
  const touch = store.touch!.bind(store);
  store.touch = (sid, sess, callback) => {
    const now = Date.now();
    if (now - (touchedAt.get(sid) ?? -Infinity) < intervalMs) return callback?.();
    if (touchedAt.size > 10_000) for (const [id, at] of touchedAt) if (now - at >= intervalMs) touchedAt.delete(id);
    touchedAt.set(sid, now);
    touch(sid, sess, callback);
  };
}

const logger = new Logger('Sessions');

/** The store's own errors (a failed prune during an outage) go to the app's log; a prune after shutdown is no error. */
function logStoreError(message: string, error?: unknown): void {
  if (/Cannot use a pool after calling end/.test(String(error))) return;
  logger.warn({ err: error }, message);
}

/** A secret made once and kept in the database, so every replica signs cookies alike without configuration. */
async function sharedSecret(db: DataSource, name: string): Promise<string> {
  return keepFirstSecret(db, name, randomBytes(48).toString('base64url'));
}

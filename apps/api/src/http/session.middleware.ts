import { randomBytes } from 'node:crypto';
import connectPgSimple from 'connect-pg-simple';
import session from 'express-session';
import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/env.js';

export const SESSION_COOKIE = 'steerline.sid';

/** Sessions live in PostgreSQL, so any replica can serve any request. */
export async function createSessionMiddleware(db: DataSource, config: AppConfig) {
  const PgStore = connectPgSimple(session);
  const pool = (db.driver as unknown as { master: Pool }).master;
  return session({
    name: SESSION_COOKIE,
    secret: config.SESSION_SECRET ?? (await sharedSecret(db, 'session')),
    store: new PgStore({ pool, tableName: 'session', createTableIfMissing: false, pruneSessionInterval: 15 * 60 }),
    resave: false,
    saveUninitialized: false,
    rolling: true,
    cookie: { httpOnly: true, sameSite: 'lax', secure: config.COOKIE_SECURE, maxAge: config.SESSION_IDLE_MINUTES * 60_000, path: '/' },
  });
}

/** A secret made once and kept in the database, so every replica signs cookies alike without configuration. */
async function sharedSecret(db: DataSource, name: string): Promise<string> {
  await db.query(`INSERT INTO app_secret (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING`, [name, randomBytes(48).toString('base64url')]);
  const [{ value }] = await db.query(`SELECT value FROM app_secret WHERE name = $1`, [name]);
  return value;
}

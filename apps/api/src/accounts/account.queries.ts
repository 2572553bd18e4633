import type { EntityManager } from 'typeorm';
import { PreparedStatement, runPrepared } from '../database/prepared-statement.js';

/** The person behind an e-mail address, whatever its letter case, as the account pages and the command line need them. */
export interface AccountRow {
  id: string;
  email: string;
  name: string;
  isActive: boolean;
  isAdmin: boolean;
  hasPassword: boolean;
}

const ACCOUNT_BY_EMAIL = new PreparedStatement(`
  SELECT id, email, name, is_active AS "isActive", is_admin AS "isAdmin", password_hash IS NOT NULL AS "hasPassword"
    FROM app_user WHERE lower(email) = lower($1)`);
const INSERT_ADMIN = new PreparedStatement(`
  INSERT INTO app_user (email, name, password_hash, is_admin) VALUES ($1, $2, NULL, true) RETURNING id`);
const SET_PASSWORD = new PreparedStatement(`
  UPDATE app_user SET password_hash = $2, version = version + 1, updated_at = now() WHERE id = $1`);
const END_SESSIONS_BUT = new PreparedStatement(`DELETE FROM session WHERE sess->>'userId' = $1 AND sid IS DISTINCT FROM $2`);

export async function selectAccountByEmail(db: EntityManager, email: string): Promise<AccountRow | undefined> {
  const [row] = await runPrepared<AccountRow>(db, ACCOUNT_BY_EMAIL, [email]);
  return row;
}

/** An active administrator with no password yet (the first one, made on the command line); their id. */
export async function insertAdministrator(db: EntityManager, email: string, name: string): Promise<string> {
  const [{ id }] = await runPrepared<{ id: string }>(db, INSERT_ADMIN, [email, name]);
  return id;
}

export async function setPasswordHash(db: EntityManager, userId: string, passwordHash: string): Promise<void> {
  await runPrepared(db, SET_PASSWORD, [userId, passwordHash]);
}

/** Deletes every stored session of the person except `keepSid` (null: all of them). */
export async function endSessionsExcept(db: EntityManager, userId: string, keepSid: string | null): Promise<void> {
  await runPrepared(db, END_SESSIONS_BUT, [userId, keepSid]);
}

import type { EntityManager } from 'typeorm';
import { PreparedStatement, runPrepared } from '../../database/prepared-statement.js';

/** A person's authenticator app (its secret and the last time step accepted) and how many recovery codes they have left. */
export interface TwoFactorRow {
  secret: string | null;
  lastStep: number | null;
  codesLeft: number;
}

const TWO_FACTOR_OF = `
  SELECT u.totp_secret AS secret, u.totp_last_step::int AS "lastStep",
         (SELECT count(*)::int FROM recovery_code r WHERE r.user_id = u.id AND r.used_at IS NULL) AS "codesLeft"
    FROM app_user u WHERE u.id = $1`;
const SELECT = new PreparedStatement(TWO_FACTOR_OF);
const LOCK = new PreparedStatement(`${TWO_FACTOR_OF} FOR UPDATE OF u`);
const SET_SECRET = new PreparedStatement(`
  UPDATE app_user SET totp_secret = $2, totp_enrolled_at = now(), totp_last_step = $3, updated_at = now() WHERE id = $1`);
const SET_LAST_STEP = new PreparedStatement(`UPDATE app_user SET totp_last_step = $2 WHERE id = $1`);
const DELETE_CODES = new PreparedStatement(`DELETE FROM recovery_code WHERE user_id = $1`);
const INSERT_CODES = new PreparedStatement(`INSERT INTO recovery_code (user_id, code_hash) SELECT $1, unnest($2::bytea[])`);
// A SELECT over the UPDATE: TypeORM answers a bare UPDATE with [rows, count] rather than the rows.
const USE_CODE = new PreparedStatement(`
  WITH used AS (
    UPDATE recovery_code SET used_at = now() WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL RETURNING id
  ) SELECT id FROM used`);
const CLEAR = new PreparedStatement(`
  UPDATE app_user SET totp_secret = NULL, totp_enrolled_at = NULL, totp_last_step = NULL, updated_at = now() WHERE id = $1`);

export async function selectTwoFactor(db: EntityManager, userId: string): Promise<TwoFactorRow | undefined> {
  const [row] = await runPrepared<TwoFactorRow>(db, SELECT, [userId]);
  return row;
}

/** The person's row locked until the transaction ends, so one code cannot be accepted twice at once. */
export async function lockTwoFactor(db: EntityManager, userId: string): Promise<TwoFactorRow | undefined> {
  const [row] = await runPrepared<TwoFactorRow>(db, LOCK, [userId]);
  return row;
}

/** The app's secret, with the step of the code that confirmed it, and a new set of recovery codes replacing any old ones. */
export async function saveTwoFactor(db: EntityManager, userId: string, secret: string, step: number, codeHashes: Buffer[]): Promise<void> {
  await runPrepared(db, SET_SECRET, [userId, secret, step]);
  await runPrepared(db, DELETE_CODES, [userId]);
  await runPrepared(db, INSERT_CODES, [userId, codeHashes]);
}

export async function setLastStep(db: EntityManager, userId: string, step: number): Promise<void> {
  await runPrepared(db, SET_LAST_STEP, [userId, step]);
}

/** Spends the recovery code if it is one of the person's unused ones; whether it was. */
export async function useRecoveryCode(db: EntityManager, userId: string, codeHash: Buffer): Promise<boolean> {
  return (await runPrepared(db, USE_CODE, [userId, codeHash])).length > 0;
}

/** Removes the app and every recovery code: the person signs in with their password alone, or enrols again. */
export async function clearTwoFactor(db: EntityManager, userId: string): Promise<void> {
  await runPrepared(db, CLEAR, [userId]);
  await runPrepared(db, DELETE_CODES, [userId]);
}

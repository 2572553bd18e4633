import type { EntityManager } from 'typeorm';
import { PreparedStatement, runPrepared } from '../database/prepared-statement.js';

/** What checking a sign-in needs: the password hash is read here and nowhere else. */
export interface SignInRow {
  id: string;
  /** Null for someone invited who has not set a password yet: no password signs them in. */
  passwordHash: string | null;
  isActive: boolean;
}

const FOR_SIGN_IN = new PreparedStatement(`
  SELECT u.id, u.password_hash AS "passwordHash", u.is_active AS "isActive"
  FROM app_user u WHERE lower(u.email) = lower($1)
  LIMIT 1`);

export async function selectForSignIn(db: EntityManager, email: string): Promise<SignInRow | null> {
  const [row] = await runPrepared<SignInRow>(db, FOR_SIGN_IN, [email]);
  return row ?? null;
}

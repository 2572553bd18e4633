import type { AdminUser } from '@steerline/contracts';
import type { EntityManager } from 'typeorm';
import { PreparedStatement, runPrepared } from '../database/prepared-statement.js';
import { toAdminUser, type AdminUserRow } from './dto/admin-user.response.js';

/** Users with their partner and bodies in one query; all of them when id is null. */
const ADMIN_USERS_SQL = new PreparedStatement(`
  SELECT u.id, u.email, u.name, u.is_admin, u.is_active, u.password_hash IS NOT NULL AS has_password,
         u.totp_secret IS NOT NULL AS two_factor, u.version, u.created_at, u.updated_at,
         CASE WHEN p.id IS NULL THEN NULL ELSE json_build_object('id', p.id, 'name', p.name) END AS partner,
         coalesce(json_agg(json_build_object('id', b.id, 'name', b.name, 'kind', b.kind) ORDER BY b.name)
                  FILTER (WHERE b.id IS NOT NULL), '[]') AS bodies
    FROM app_user u
    LEFT JOIN partner p ON p.id = u.partner_id
    LEFT JOIN body_membership m ON m.user_id = u.id
    LEFT JOIN body b ON b.id = m.body_id
   WHERE $1::uuid IS NULL OR u.id = $1::uuid
   GROUP BY u.id, p.id
   ORDER BY u.is_active DESC, lower(u.name), u.id`);

export async function listAdminUsers(db: EntityManager): Promise<AdminUser[]> {
  const rows = await runPrepared<AdminUserRow>(db, ADMIN_USERS_SQL, [null]);
  return rows.map(toAdminUser);
}

export async function findAdminUser(db: EntityManager, id: string): Promise<AdminUser | null> {
  const [row] = await runPrepared<AdminUserRow>(db, ADMIN_USERS_SQL, [id]);
  return row ? toAdminUser(row) : null;
}

const ACTIVE_PEOPLE = new PreparedStatement(`SELECT id, name FROM app_user WHERE is_active ORDER BY lower(name), id`);
const EMAIL_TAKEN = new PreparedStatement(`SELECT 1 FROM app_user WHERE lower(email) = lower($1)`);
const INSERT_USER = new PreparedStatement(`
  INSERT INTO app_user (email, name, password_hash, is_admin, partner_id) VALUES ($1, $2, NULL, $3, $4) RETURNING id`);
const ADD_MEMBERSHIPS = new PreparedStatement(`INSERT INTO body_membership (user_id, body_id) SELECT $1, unnest($2::uuid[])`);
const UPDATE_USER = new PreparedStatement(`
  UPDATE app_user SET name = $2, is_admin = $3, partner_id = $4, version = version + 1, updated_at = now() WHERE id = $1`);
const DROP_OTHER_MEMBERSHIPS = new PreparedStatement(`DELETE FROM body_membership WHERE user_id = $1 AND NOT (body_id = ANY($2::uuid[]))`);
const KEEP_MEMBERSHIPS = new PreparedStatement(`
  INSERT INTO body_membership (user_id, body_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`);
const LOCK_USER = new PreparedStatement(`SELECT id FROM app_user WHERE id = $1 FOR UPDATE`);
const PARTNER_EXISTS = new PreparedStatement(`SELECT 1 FROM partner WHERE id = $1`);
const END_SESSIONS = new PreparedStatement(`DELETE FROM session WHERE sess->>'userId' = $1`);
const SET_ACTIVE = new PreparedStatement(`UPDATE app_user SET is_active = $2, version = version + 1, updated_at = now() WHERE id = $1`);

/** Active people, for owner pickers. */
export const selectActivePeople = (db: EntityManager) => runPrepared<{ id: string; name: string }>(db, ACTIVE_PEOPLE);

export const emailTaken = async (db: EntityManager, email: string) => (await runPrepared(db, EMAIL_TAKEN, [email])).length > 0;

export interface NewUser {
  email: string;
  name: string;
  isAdmin: boolean;
  partnerId: string | null;
  bodyIds: string[];
}

/** The user (invited: no password yet) and their body memberships; the new user's id. */
export async function insertUser(db: EntityManager, user: NewUser): Promise<string> {
  const [{ id }] = await runPrepared<{ id: string }>(db, INSERT_USER, [user.email, user.name, user.isAdmin, user.partnerId]);
  await runPrepared(db, ADD_MEMBERSHIPS, [id, user.bodyIds]);
  return id;
}

/** The user's editable fields, and memberships of exactly these bodies. */
export async function updateUser(
  db: EntityManager, id: string, user: { name: string; isAdmin: boolean; partnerId: string | null; bodyIds: string[] },
): Promise<void> {
  await runPrepared(db, UPDATE_USER, [id, user.name, user.isAdmin, user.partnerId]);
  await runPrepared(db, DROP_OTHER_MEMBERSHIPS, [id, user.bodyIds]);
  await runPrepared(db, KEEP_MEMBERSHIPS, [id, user.bodyIds]);
}

/** Locks the user's row until the transaction ends; false when there is no such user. */
export const lockUserRow = async (db: EntityManager, id: string) => (await runPrepared(db, LOCK_USER, [id])).length > 0;

export const partnerExists = async (db: EntityManager, id: string) => (await runPrepared(db, PARTNER_EXISTS, [id])).length > 0;

/** Deletes every stored session of the user, so each of their cookies is refused from the next request on. */
export async function endSessionsOf(db: EntityManager, userId: string): Promise<void> {
  await runPrepared(db, END_SESSIONS, [userId]);
}

export async function setUserActive(db: EntityManager, id: string, isActive: boolean): Promise<void> {
  await runPrepared(db, SET_ACTIVE, [id, isActive]);
}

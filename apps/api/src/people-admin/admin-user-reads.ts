import type { AdminUser } from '@steerline/contracts';
import type { EntityManager } from 'typeorm';
import { toAdminUser, type AdminUserRow } from './dto/admin-user.response.js';

/** Users with their partner and bodies in one query; all of them when id is null. */
const ADMIN_USERS_SQL = `
  SELECT u.id, u.email, u.name, u.is_admin, u.is_active, u.version, u.created_at, u.updated_at,
         CASE WHEN p.id IS NULL THEN NULL ELSE json_build_object('id', p.id, 'name', p.name) END AS partner,
         coalesce(json_agg(json_build_object('id', b.id, 'name', b.name, 'kind', b.kind) ORDER BY b.name)
                  FILTER (WHERE b.id IS NOT NULL), '[]') AS bodies
    FROM app_user u
    LEFT JOIN partner p ON p.id = u.partner_id
    LEFT JOIN body_membership m ON m.user_id = u.id
    LEFT JOIN body b ON b.id = m.body_id
   WHERE $1::uuid IS NULL OR u.id = $1::uuid
   GROUP BY u.id, p.id
   ORDER BY u.is_active DESC, lower(u.name), u.id`;

export async function listAdminUsers(db: EntityManager): Promise<AdminUser[]> {
  const rows: AdminUserRow[] = await db.query(ADMIN_USERS_SQL, [null]);
  return rows.map(toAdminUser);
}

export async function findAdminUser(db: EntityManager, id: string): Promise<AdminUser | null> {
  const [row]: AdminUserRow[] = await db.query(ADMIN_USERS_SQL, [id]);
  return row ? toAdminUser(row) : null;
}

import type { EntityManager } from 'typeorm';
import { PreparedStatement, runPrepared } from '../../database/prepared-statement.js';
import type { MeSource } from './to-me-response.js';

/**
 * The signed-in user's row (MeSource) for the user id that `idExpression` gives (a parameter, or the session's column
 * in session-user.ts). Runs on every signed-in request, so it is one statement: TypeORM's findOne with the two
 * relations took two (a DISTINCT id query, then the joined one).
 */
export const signedInUserSql = (idExpression: string) => `
  SELECT u.id, u.email, u.name, u.is_admin AS "isAdmin",
         CASE WHEN p.id IS NULL THEN NULL ELSE json_build_object('id', p.id, 'name', p.name) END AS partner,
         coalesce(json_agg(json_build_object('id', b.id, 'name', b.name, 'kind', b.kind)) FILTER (WHERE b.id IS NOT NULL), '[]') AS bodies
  FROM app_user u
  LEFT JOIN partner p ON p.id = u.partner_id
  LEFT JOIN body_membership bm ON bm.user_id = u.id
  LEFT JOIN body b ON b.id = bm.body_id
  WHERE u.id = ${idExpression} AND u.is_active
  GROUP BY u.id, p.id`;

const SIGNED_IN_USER = new PreparedStatement(signedInUserSql('$1'));

/** The active user with this id, with partner and bodies; none once deactivated or gone. */
export async function selectSignedInUser(db: EntityManager, id: string): Promise<MeSource | undefined> {
  const [user] = await runPrepared<MeSource>(db, SIGNED_IN_USER, [id]);
  return user;
}

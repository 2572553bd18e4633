import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { MeResponse } from '@steerline/contracts';
import { Repository } from 'typeorm';
import { type MeSource, toMeResponse } from './to-me-response.js';
import { User } from './user.entity.js';

/**
 * The signed-in user's row (MeSource) for the user id that `idExpression` gives (a parameter, or the session's column
 * in common/auth/session-user.ts). Runs on every signed-in request, so it is one statement: TypeORM's findOne with
 * the two relations took two (a DISTINCT id query, then the joined one).
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
const SIGNED_IN_USER_SQL = signedInUserSql('$1');

@Injectable()
export class UsersService {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  /** The active user behind a session, with bodies and permissions; null once deactivated or gone. */
  async findSignedInUser(id: string): Promise<MeResponse | null> {
    const [user] = await this.users.query<MeSource[]>(SIGNED_IN_USER_SQL, [id]);
    return user ? toMeResponse(user) : null;
  }

  /** The user a sign-in names, with the password hash that is otherwise never loaded. */
  findForSignIn(email: string): Promise<User | null> {
    return this.users
      .createQueryBuilder('user')
      .addSelect('user.passwordHash')
      .where('lower(user.email) = lower(:email)', { email })
      .getOne();
  }
}

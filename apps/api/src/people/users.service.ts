import { Injectable } from '@nestjs/common';
import type { MeResponse } from '@steerline/contracts';
import { DataSource } from 'typeorm';
import { selectSignedInUser } from '../common/auth/signed-in-user.queries.js';
import { toMeResponse } from '../common/auth/to-me-response.js';
import { type SignInRow, selectForSignIn } from './users.queries.js';

@Injectable()
export class UsersService {
  constructor(private readonly db: DataSource) {}

  /** The active user behind a session, with bodies and permissions; null once deactivated or gone. */
  async findSignedInUser(id: string): Promise<MeResponse | null> {
    const user = await selectSignedInUser(this.db.manager, id);
    return user ? toMeResponse(user) : null;
  }

  /** The user a sign-in names, with the password hash that is otherwise never loaded. */
  findForSignIn(email: string): Promise<SignInRow | null> {
    return selectForSignIn(this.db.manager, email);
  }
}

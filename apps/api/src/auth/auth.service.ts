import { Injectable } from '@nestjs/common';
import { ErrorCode, type MeResponse } from '@steerline/contracts';
import { DataSource } from 'typeorm';
import { DomainError } from '../common/errors/domain-error.js';
import { hashPassword, verifyPassword } from '../common/auth/password.js';
import { UsersService } from '../people/users.service.js';
import { endSessionsOf } from './auth.queries.js';
import { SignInThrottle } from './sign-in-throttle.js';

@Injectable()
export class AuthService {
  /** Verified against when the account does not exist, so both answers take the same time. */
  private readonly decoyHash = hashPassword('not-a-real-password-for-timing');

  constructor(
    private readonly db: DataSource,
    private readonly users: UsersService,
    private readonly throttle: SignInThrottle,
  ) {}

  async verifyCredentials(email: string, password: string, address: string): Promise<MeResponse> {
    await this.throttle.assertAllowed(email, address);
    const user = await this.users.findForSignIn(email);
    // Someone invited who has not set a password yet is checked against the decoy too: no password signs them in.
    const valid = await verifyPassword(user?.passwordHash ?? (await this.decoyHash), password);
    const me = valid && user?.passwordHash && user.isActive ? await this.users.findSignedInUser(user.id) : null;
    if (!me) {
      await this.throttle.recordFailure(email, address);
      throw new DomainError(ErrorCode.InvalidCredentials, 'Enter a correct email address and password.');
    }
    await this.throttle.clear(email, address);
    return me;
  }

  /** Deletes every stored session of the user, so each of their cookies is refused from the next request on. */
  async endEverySession(userId: string): Promise<void> {
    await endSessionsOf(this.db.manager, userId);
  }
}

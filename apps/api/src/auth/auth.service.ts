import { Inject, Injectable } from '@nestjs/common';
import { ErrorCode, type MeResponse } from '@steerline/contracts';
import { DataSource } from 'typeorm';
import { DomainError } from '../common/errors/domain-error.js';
import { hashPassword, verifyPassword } from '../common/auth/password.js';
import { APP_CONFIG, type AppConfig } from '../config/env.js';
import { UsersService } from '../people/users.service.js';
import { endSessionsOf } from './auth.queries.js';
import { passwordSignInAllowed } from './sign-in.policy.js';
import { SignInThrottle } from './sign-in-throttle.js';

const USE_SINGLE_SIGN_ON = 'Passwords are not used to sign in to Steerline here. Sign in with your council account.';

@Injectable()
export class AuthService {
  /** Verified against when the account does not exist, so both answers take the same time. */
  private readonly decoyHash = hashPassword('not-a-real-password-for-timing');

  constructor(
    private readonly db: DataSource,
    private readonly users: UsersService,
    private readonly throttle: SignInThrottle,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A sign-in with a password, as PASSWORD_SIGN_IN allows it: not at all, only for administrators, or for everyone. */
  async signInWithPassword(email: string, password: string, address: string): Promise<MeResponse> {
    // With passwords off for everyone, no password is even checked.
    if (this.config.PASSWORD_SIGN_IN === 'false') throw new DomainError(ErrorCode.PasswordSignInOff, USE_SINGLE_SIGN_ON);
    const me = await this.verifyCredentials(email, password, address);
    if (!passwordSignInAllowed(this.config.PASSWORD_SIGN_IN, me)) throw new DomainError(ErrorCode.PasswordSignInOff, USE_SINGLE_SIGN_ON);
    return me;
  }

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

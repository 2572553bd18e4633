import { Injectable } from '@nestjs/common';
import { ErrorCode } from '@steerline/contracts';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { AuthService } from '../auth/auth.service.js';
import type { CurrentUser } from '../common/auth/current-user.js';
import { hashPassword } from '../common/auth/password.js';
import { passwordProblems } from '../common/auth/password-policy.js';
import { DomainError, ValidationFailedError } from '../common/errors/domain-error.js';
import { endSessionsExcept, setPasswordHash } from './account.queries.js';
import { AccountLinksService } from './account-links.service.js';

export const WRONG_CURRENT_PASSWORD = 'Your current password is not correct';

/** The signed-in person's own account: changing their password. */
@Injectable()
export class AccountService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly auth: AuthService,
    private readonly links: AccountLinksService,
  ) {}

  /**
   * Needs the current password (checked, and counted against guessing, as a sign-in is). Every other session of the
   * person ends and any link sent to them stops working; this session stays signed in.
   */
  async changePassword(user: CurrentUser, sessionId: string, change: { currentPassword: string; newPassword: string }, address: string): Promise<void> {
    const problems = passwordProblems(change.newPassword, user.email);
    try {
      await this.auth.verifyCredentials(user.email, change.currentPassword, address);
    } catch (error) {
      if (!(error instanceof DomainError && error.code === ErrorCode.InvalidCredentials)) throw error;
      throw new ValidationFailedError([{ field: 'currentPassword', messages: [WRONG_CURRENT_PASSWORD] }, ...newPasswordErrors(problems)]);
    }
    if (problems.length > 0) throw new ValidationFailedError(newPasswordErrors(problems));
    const passwordHash = await hashPassword(change.newPassword);
    await this.db.transaction(async (manager) => {
      await setPasswordHash(manager, user.id, passwordHash);
      await this.links.supersedeAll(manager, user.id);
      await endSessionsExcept(manager, user.id, sessionId);
      await this.audit.record(manager, { actorId: user.id, operation: 'change_password', entityType: 'user', entityId: user.id, after: { otherSessionsEnded: true } });
    });
  }
}

const newPasswordErrors = (problems: string[]) => (problems.length > 0 ? [{ field: 'newPassword', messages: problems }] : []);

import { Inject, Injectable } from '@nestjs/common';
import { ErrorCode, type MeResponse, type SecondFactorStep, type TwoFactorEnrolled, type TwoFactorSetup, type TwoFactorStatus } from '@steerline/contracts';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service.js';
import type { CurrentUser } from '../../common/auth/current-user.js';
import { DomainError, NotFoundError, ValidationFailedError } from '../../common/errors/domain-error.js';
import { APP_CONFIG, type AppConfig } from '../../config/env.js';
import { SignInThrottle } from '../sign-in-throttle.js';
import { secondFactorRequired, secondFactorStep } from '../sign-in.policy.js';
import { hashRecoveryCode, looksLikeRecoveryCode, newRecoveryCodes } from './recovery-codes.js';
import { acceptedStep, newTotpSecret, otpauthUri, qrCodeDataUrl } from './totp.js';
import { clearTwoFactor, lockTwoFactor, saveTwoFactor, selectTwoFactor, setLastStep, useRecoveryCode } from './two-factor.queries.js';

export const WRONG_CODE = 'Enter the 6-digit code your authenticator app shows now, or one of your recovery codes';
export const WRONG_SETUP_CODE = 'Enter the 6-digit code your authenticator app shows now';

/** Authenticator apps (TOTP) for password sign-ins, and their single-use recovery codes; each use is audited. */
@Injectable()
export class TwoFactorService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly throttle: SignInThrottle,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async stepAfterPassword(user: MeResponse): Promise<SecondFactorStep | null> {
    const row = await selectTwoFactor(this.db.manager, user.id);
    return secondFactorStep(this.config.MFA_REQUIRED, { isAdmin: user.isAdmin, enrolled: Boolean(row?.secret) });
  }

  async status(user: CurrentUser): Promise<TwoFactorStatus> {
    const row = await selectTwoFactor(this.db.manager, user.id);
    return { enrolled: Boolean(row?.secret), recoveryCodesLeft: row?.codesLeft ?? 0, required: secondFactorRequired(this.config.MFA_REQUIRED, user) };
  }

  /** A new secret for the person's app; nothing is stored until a code from the app confirms it. */
  async setup(email: string): Promise<TwoFactorSetup> {
    const secret = newTotpSecret();
    const uri = otpauthUri(email, secret);
    return { secret, otpauthUri: uri, qrCode: await qrCodeDataUrl(uri) };
  }

  /** Stores the confirmed secret and ten new recovery codes (hashed); the codes are returned this once. */
  async enrol(userId: string, secret: string, code: string): Promise<TwoFactorEnrolled> {
    return this.db.transaction(async (manager) => {
      const current = await lockTwoFactor(manager, userId);
      if (!current) throw new NotFoundError('Person');
      if (current.secret) throw new DomainError(ErrorCode.Conflict, 'An authenticator app is already set up for you. Ask an administrator to reset it to set up another.');
      const step = await acceptedStep(secret, code.trim(), null);
      if (step === null) throw new ValidationFailedError([{ field: 'code', messages: [WRONG_SETUP_CODE] }]);
      const recoveryCodes = newRecoveryCodes();
      await saveTwoFactor(manager, userId, secret, step, recoveryCodes.map(hashRecoveryCode));
      await this.audit.record(manager, { actorId: userId, operation: 'enrol_two_factor', entityType: 'user', entityId: userId, after: { twoFactor: 'authenticator_app', recoveryCodes: recoveryCodes.length } });
      return { recoveryCodes };
    });
  }

  /**
   * The second factor of a password sign-in: a code of the app (each works once) or an unused recovery code (spent).
   * A wrong code counts towards the sign-in throttle, as a wrong password does.
   */
  async verify(person: { userId: string; email: string }, typed: string, address: string): Promise<void> {
    await this.throttle.assertAllowed(person.email, address);
    const code = typed.trim();
    const accepted = await this.db.transaction(async (manager) => {
      const current = await lockTwoFactor(manager, person.userId);
      if (!current?.secret) return false;
      const step = await acceptedStep(current.secret, code, current.lastStep);
      if (step !== null) {
        await setLastStep(manager, person.userId, step);
        await this.audit.record(manager, { actorId: person.userId, operation: 'use_two_factor', entityType: 'user', entityId: person.userId, after: { secondFactor: 'authenticator_app' } });
        return true;
      }
      if (!looksLikeRecoveryCode(code) || !(await useRecoveryCode(manager, person.userId, hashRecoveryCode(code)))) return false;
      await this.audit.record(manager, {
        actorId: person.userId, operation: 'use_recovery_code', entityType: 'user', entityId: person.userId,
        after: { secondFactor: 'recovery_code', recoveryCodesLeft: current.codesLeft - 1 },
      });
      return true;
    });
    if (!accepted) {
      await this.throttle.recordFailure(person.email, address);
      throw new ValidationFailedError([{ field: 'code', messages: [WRONG_CODE] }]);
    }
    await this.throttle.clear(person.email, address);
  }

  /** By an administrator, for someone who lost their phone and their codes: they sign in with the password alone, or enrol again. */
  async reset(actor: CurrentUser, userId: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      const current = await lockTwoFactor(manager, userId);
      if (!current) throw new NotFoundError('Person');
      if (!current.secret) return;
      await clearTwoFactor(manager, userId);
      await this.audit.record(manager, { actorId: actor.id, operation: 'reset_two_factor', entityType: 'user', entityId: userId, before: { twoFactor: 'authenticator_app' }, after: { twoFactor: null } });
    });
  }
}

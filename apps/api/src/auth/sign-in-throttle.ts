import { Inject, Injectable } from '@nestjs/common';
import { ErrorCode } from '@steerline/contracts';
import { DataSource } from 'typeorm';
import { DomainError } from '../common/errors/domain-error.js';
import { APP_CONFIG, type AppConfig } from '../config/env.js';
import { clearFailures, recentFailures, recordFailure } from './auth.queries.js';

/** Counts failed sign-ins per account and address in PostgreSQL, so every replica sees the same count. */
@Injectable()
export class SignInThrottle {
  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async assertAllowed(account: string, address: string): Promise<void> {
    const { failures, retry_after } = await recentFailures(this.db.manager, account.toLowerCase(), address, this.config.SIGN_IN_WINDOW_MINUTES);
    if (failures >= this.config.SIGN_IN_MAX_FAILURES) {
      throw new DomainError(ErrorCode.TooManyAttempts, 'Too many failed sign-in attempts. Wait and try again.', {
        retryAfterSeconds: Math.max(1, retry_after ?? 1),
      });
    }
  }

  async recordFailure(account: string, address: string): Promise<void> {
    await recordFailure(this.db.manager, account.toLowerCase(), address);
  }

  async clear(account: string, address: string): Promise<void> {
    await clearFailures(this.db.manager, account.toLowerCase(), address, this.config.SIGN_IN_WINDOW_MINUTES);
  }
}

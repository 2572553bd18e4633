import { Inject, Injectable } from '@nestjs/common';
import { ErrorCode } from '@steerline/contracts';
import { DataSource } from 'typeorm';
import { DomainError } from '../common/errors/domain-error.js';
import { APP_CONFIG, type AppConfig } from '../config/env.js';

/** Counts failed sign-ins per account and address in PostgreSQL, so every replica sees the same count. */
@Injectable()
export class SignInThrottle {
  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async assertAllowed(account: string, address: string): Promise<void> {
    const [{ failures, retry_after }] = await this.db.query<{ failures: number; retry_after: number | null }[]>(
      `SELECT count(*)::int AS failures,
              ceil(extract(epoch FROM min(failed_at) + make_interval(mins => $3) - now()))::int AS retry_after
         FROM sign_in_failure
        WHERE account = $1 AND address = $2 AND failed_at > now() - make_interval(mins => $3)`,
      [account.toLowerCase(), address, this.config.SIGN_IN_WINDOW_MINUTES],
    );
    if (failures >= this.config.SIGN_IN_MAX_FAILURES) {
      throw new DomainError(ErrorCode.TooManyAttempts, 'Too many failed sign-in attempts. Wait and try again.', {
        retryAfterSeconds: Math.max(1, retry_after ?? 1),
      });
    }
  }

  async recordFailure(account: string, address: string): Promise<void> {
    await this.db.query(`INSERT INTO sign_in_failure (account, address) VALUES ($1, $2)`, [account.toLowerCase(), address]);
  }

  async clear(account: string, address: string): Promise<void> {
    await this.db.query(
      `DELETE FROM sign_in_failure WHERE (account = $1 AND address = $2) OR failed_at < now() - make_interval(mins => $3)`,
      [account.toLowerCase(), address, this.config.SIGN_IN_WINDOW_MINUTES],
    );
  }
}

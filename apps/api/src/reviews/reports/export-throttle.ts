import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { ErrorCode } from '@steerline/contracts';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import { DomainError } from '../../common/errors/domain-error.js';
import { APP_CONFIG, type AppConfig } from '../../config/env.js';
import { recentExports, recordExport } from './export-request.queries.js';

/**
 * At most EXPORTS_PER_MINUTE report downloads (PDF, Word, Excel: the ones that cost seconds of CPU) per person in any
 * minute, counted in PostgreSQL so every replica shares the count. The person's rows are locked for the check, so
 * two downloads started at once on two replicas cannot both take the last place. Other people are never held up.
 */
@Injectable()
export class ExportThrottle implements CanActivate {
  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const user = context.switchToHttp().getRequest<Request>().currentUser;
    if (user) await this.take(user.id);
    return true;
  }

  private take(userId: string): Promise<void> {
    return this.db.transaction(async (manager) => {
      const { started, retry_after } = await recentExports(manager, userId);
      if (started >= this.config.EXPORTS_PER_MINUTE) {
        throw new DomainError(ErrorCode.TooManyAttempts, `You can download at most ${this.config.EXPORTS_PER_MINUTE} reports a minute. Wait a moment and try again.`, {
          retryAfterSeconds: Math.max(1, retry_after ?? 1),
        });
      }
      await recordExport(manager, userId);
    });
  }
}

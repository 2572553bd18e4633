import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { PgBoss } from 'pg-boss';
import { createPgBoss } from '../common/jobs/pg-boss.js';
import { APP_CONFIG, type AppConfig } from '../config/env.js';
import { ReportMailer } from './report-mailer.service.js';

export const REPORT_MAIL_QUEUE = 'report-emails';

/**
 * Runs the report e-mails on REPORT_EMAILS_CRON (every 10 minutes by default, so a signed-off report goes out soon
 * after sign-off; each digest goes on the first run of its week or month). pg-boss makes each occurrence one job for
 * the whole deployment, and the claims in report_mailing make a repeated run send nothing twice.
 */
@Injectable()
export class ReportMailScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(ReportMailScheduler.name);
  private boss: PgBoss | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mailer: ReportMailer,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.REMINDERS_ENABLED) return;
    const seconds = this.config.REMINDER_CHECK_SECONDS;
    const boss = createPgBoss(this.config, 'report-emails', this.logger, { cronMonitorIntervalSeconds: seconds, cronWorkerIntervalSeconds: seconds });
    this.boss = boss;
    await boss.start();
    await boss.createQueue(REPORT_MAIL_QUEUE, { policy: 'singleton', retryLimit: 3, retryDelay: 60, retryBackoff: true, expireInSeconds: 30 * 60 });
    await boss.schedule(REPORT_MAIL_QUEUE, this.config.REPORT_EMAILS_CRON, null, { tz: 'Europe/London', missed: 'once' });
    await boss.work(REPORT_MAIL_QUEUE, { pollingIntervalSeconds: seconds }, async () => {
      await this.mailer.runNow();
    });
  }

  async onModuleDestroy(): Promise<void> {
    const boss = this.boss;
    this.boss = null;
    await boss?.stop({ graceful: true, timeout: 10_000 });
  }
}

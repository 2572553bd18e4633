import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { JobRunner, runOnSchedule } from '../common/jobs/pg-boss.js';
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
  private readonly jobs = new JobRunner('report-emails', new Logger(ReportMailScheduler.name));

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mailer: ReportMailer,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.REMINDERS_ENABLED) return;
    const pollSeconds = this.config.REMINDER_CHECK_SECONDS;
    await this.jobs.start(this.config, { cronMonitorIntervalSeconds: pollSeconds, cronWorkerIntervalSeconds: pollSeconds }, (boss) =>
      runOnSchedule(boss, REPORT_MAIL_QUEUE, { cron: this.config.REPORT_EMAILS_CRON, pollSeconds, expireInSeconds: 30 * 60 }, () => this.mailer.runNow()),
    );
  }

  onModuleDestroy(): Promise<void> {
    return this.jobs.stop();
  }
}

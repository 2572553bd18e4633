import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { PgBoss } from 'pg-boss';
import { DependencyNoticesService } from '../actions/dependencies/dependency-notices.service.js';
import { createPgBoss } from '../common/jobs/pg-boss.js';
import { APP_CONFIG, type AppConfig } from '../config/env.js';
import { REMINDER_TIME_ZONE } from './reminder-rules.js';
import { RemindersService } from './reminders.service.js';
import { WeeklyDueService } from './weekly-due/weekly-due.service.js';

/** The pg-boss queue (and schedule) of the daily reminder run. */
export const REMINDER_QUEUE = 'review-return-reminders';
/** The weekly "what is due" run, on WEEKLY_DUE_CRON. */
export const WEEKLY_DUE_QUEUE = 'weekly-what-is-due';

/**
 * Runs the reminders on REMINDER_CRON, and the weekly "what is due" on WEEKLY_DUE_CRON, through pg-boss (common/jobs). Every replica
 * schedules and works the queue, but pg-boss turns each cron occurrence into one job whichever replicas see it, and
 * a job is handed to one worker only, so the run happens once across the deployment.
 */
@Injectable()
export class ReminderScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(ReminderScheduler.name);
  private boss: PgBoss | null = null;
  private jobsRun = 0;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly reminders: RemindersService,
    private readonly weeklyDue: WeeklyDueService,
    private readonly dependencyNotices: DependencyNoticesService,
  ) {}

  /** How many scheduled runs this replica has carried out since it started. */
  get scheduledRunsHere(): number {
    return this.jobsRun;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.REMINDERS_ENABLED) return;
    const seconds = this.config.REMINDER_CHECK_SECONDS;
    const boss = createPgBoss(this.config, 'reminders', this.logger, { cronMonitorIntervalSeconds: seconds, cronWorkerIntervalSeconds: seconds });
    this.boss = boss;
    await boss.start();
    await boss.createQueue(REMINDER_QUEUE, { policy: 'singleton', retryLimit: 3, retryDelay: 60, retryBackoff: true, expireInSeconds: 15 * 60 });
    // `missed: 'once'`: an occurrence that fell while every replica was down (a deploy at 08:00) is still run, once.
    await boss.schedule(REMINDER_QUEUE, this.config.REMINDER_CRON, null, { tz: REMINDER_TIME_ZONE, missed: 'once' });
    await boss.work(REMINDER_QUEUE, { pollingIntervalSeconds: seconds }, async () => {
      this.jobsRun += 1;
      await this.reminders.runNow();
      // Blockers that went overdue overnight: every other concern is told when the change that caused it is made.
      await this.dependencyNotices.runNow();
    });
    await boss.createQueue(WEEKLY_DUE_QUEUE, { policy: 'singleton', retryLimit: 3, retryDelay: 60, retryBackoff: true, expireInSeconds: 30 * 60 });
    await boss.schedule(WEEKLY_DUE_QUEUE, this.config.WEEKLY_DUE_CRON, null, { tz: REMINDER_TIME_ZONE, missed: 'once' });
    await boss.work(WEEKLY_DUE_QUEUE, { pollingIntervalSeconds: seconds }, async () => {
      await this.weeklyDue.runNow();
    });
  }

  /** Before the database closes: stops fetching, lets a run in progress finish, closes pg-boss's own pool. */
  async onModuleDestroy(): Promise<void> {
    const boss = this.boss;
    this.boss = null;
    await boss?.stop({ graceful: true, timeout: 10_000 });
  }
}

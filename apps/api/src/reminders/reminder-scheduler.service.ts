import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { DependencyNoticesService } from '../actions/dependencies/dependency-notices.service.js';
import { JobRunner, runOnSchedule } from '../common/jobs/pg-boss.js';
import { APP_CONFIG, type AppConfig } from '../config/env.js';
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
  private readonly jobs = new JobRunner('reminders', new Logger(ReminderScheduler.name));
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
    const pollSeconds = this.config.REMINDER_CHECK_SECONDS;
    await this.jobs.start(this.config, { cronMonitorIntervalSeconds: pollSeconds, cronWorkerIntervalSeconds: pollSeconds }, async (boss) => {
      await runOnSchedule(boss, REMINDER_QUEUE, { cron: this.config.REMINDER_CRON, pollSeconds, expireInSeconds: 15 * 60 }, async () => {
        this.jobsRun += 1;
        await this.reminders.runNow();
        // Blockers that went overdue overnight: every other concern is told when the change that caused it is made.
        await this.dependencyNotices.runNow();
      });
      await runOnSchedule(boss, WEEKLY_DUE_QUEUE, { cron: this.config.WEEKLY_DUE_CRON, pollSeconds, expireInSeconds: 30 * 60 }, () => this.weeklyDue.runNow());
    });
  }

  /** Before the database closes: stops fetching, lets a run in progress finish, closes pg-boss's own pool. */
  onModuleDestroy(): Promise<void> {
    return this.jobs.stop();
  }
}

import type { Logger } from '@nestjs/common';
import { type ConstructorOptions, PgBoss } from 'pg-boss';
import type { EntityManager } from 'typeorm';
import type { AppConfig } from '../../config/env.js';

/**
 * A pg-boss of the app's database (DATABASE_URL), on a small pool of its own, with its tables in the `pgboss` schema.
 * Jobs live in PostgreSQL, so whichever replica is up works them, and each job is handed to one worker only.
 */
export function createPgBoss(config: AppConfig, name: string, logger: Logger, options: ConstructorOptions = {}): PgBoss {
  const boss = new PgBoss({ connectionString: config.DATABASE_URL, application_name: `steerline-${name}`, max: 3, connectionTimeoutMillis: 5000, ...options });
  boss.on('error', (error: Error) => logger.error(`${name}: ${error.message}`));
  boss.on('warning', (warning) => logger.warn(`${name}: ${warning.message}`));
  return boss;
}

/** The caller's transaction, for pg-boss to add a job on: the job is queued if and only if the transaction commits. */
export const onTransaction = (manager: EntityManager) => ({
  executeSql: async (text: string, values?: unknown[]) => ({ rows: (await manager.queryRunner!.query(text, values, true)).records }),
});

/**
 * One feature's pg-boss, started when the app has booted and stopped before the database closes: `start` creates it
 * and hands it to `setUp` (queues, schedules, workers); `stop` lets a job in progress finish and closes its pool.
 */
export class JobRunner {
  private boss: PgBoss | null = null;

  constructor(
    private readonly name: string,
    private readonly logger: Logger,
  ) {}

  /** The started pg-boss, or null when this feature's jobs are off in this process. */
  get running(): PgBoss | null {
    return this.boss;
  }

  async start(config: AppConfig, options: ConstructorOptions, setUp: (boss: PgBoss) => Promise<void>): Promise<void> {
    const boss = createPgBoss(config, this.name, this.logger, options);
    this.boss = boss;
    await boss.start();
    await setUp(boss);
  }

  async stop(): Promise<void> {
    const boss = this.boss;
    this.boss = null;
    await boss?.stop({ graceful: true, timeout: 10_000 });
  }
}

/**
 * A job run on `cron` (Europe/London time) once across the deployment: pg-boss turns each occurrence into one job
 * whichever replicas see it, and hands it to one worker. `missed: 'once'`: an occurrence that fell while every
 * replica was down (a deploy at 08:00) is still run, once.
 */
export async function runOnSchedule(boss: PgBoss, queue: string, when: { cron: string; pollSeconds: number; expireInSeconds: number }, run: () => Promise<unknown>): Promise<void> {
  await boss.createQueue(queue, { policy: 'singleton', retryLimit: 3, retryDelay: 60, retryBackoff: true, expireInSeconds: when.expireInSeconds });
  await boss.schedule(queue, when.cron, null, { tz: 'Europe/London', missed: 'once' });
  await boss.work(queue, { pollingIntervalSeconds: when.pollSeconds }, async () => {
    await run();
  });
}

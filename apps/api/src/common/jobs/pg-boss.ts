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

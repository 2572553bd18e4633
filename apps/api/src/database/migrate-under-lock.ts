import type { DataSource, EntityManager } from 'typeorm';

/** Any fixed number: the advisory lock that lets one process at a time migrate (and seed). */
const MIGRATION_LOCK = 7_318_204;

/**
 * Runs the pending migrations, each in its own transaction, forward only, holding an advisory lock so replicas
 * starting together (or `npm run db:migrate` beside them) take turns: the first migrates, the others find nothing
 * to do. `andThen` runs under the same lock, in a transaction. Resolves with the names of the migrations applied.
 */
export async function migrateUnderLock(db: DataSource, andThen?: (manager: EntityManager) => Promise<unknown>): Promise<string[]> {
  const lock = db.createQueryRunner();
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const applied = await db.runMigrations({ transaction: 'each' });
    if (andThen) await db.transaction(andThen);
    return applied.map((migration) => migration.name);
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await lock.release();
  }
}

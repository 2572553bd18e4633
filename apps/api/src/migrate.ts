import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { ConfigError, loadConfig } from './config/env.js';
import { EmbeddedDatabaseError, reachEmbeddedDatabase } from './database/embedded.js';
import { migrateUnderLock } from './database/migrate-under-lock.js';
import { MIGRATIONS } from './database/migrations/index.js';

const say = (line: string) => process.stdout.write(`${line}\n`);

/**
 * `npm run db:migrate`: brings the schema up to date and exits, without starting the app (for an upgrade that
 * migrates before the new replicas start). Safe beside running replicas (they share the migration lock), and beside
 * a running app on the embedded PostgreSQL, whose server it joins rather than restarts.
 */
async function migrate(): Promise<void> {
  const config = loadConfig();
  const embedded = config.DATABASE_URL ? undefined : await reachEmbeddedDatabase(config.DATA_DIR, say);
  const db = new DataSource({ type: 'postgres', url: config.DATABASE_URL ?? embedded!.url, migrations: MIGRATIONS, migrationsTableName: 'schema_migration' });
  try {
    await db.initialize();
    const applied = await migrateUnderLock(db);
    say(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(', ')}` : 'The database is up to date: no migration to apply');
  } finally {
    if (db.isInitialized) await db.destroy();
    await embedded?.stop();
  }
}

migrate().then(
  () => process.exit(0),
  (error: unknown) => {
    const known = error instanceof ConfigError || error instanceof EmbeddedDatabaseError;
    process.stderr.write(`Migrating failed: ${known ? (error as Error).message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);

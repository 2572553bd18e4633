import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/env.js';
import { seedDemoData } from './seed/demo-seed.js';

/** Any fixed number: the advisory lock that lets one replica at a time migrate and seed. */
const MIGRATION_LOCK = 7_318_204;

@Injectable()
export class DatabaseBootstrap {
  private readonly logger = new Logger(DatabaseBootstrap.name);

  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Brings the schema up to date and seeds the demo data, holding a lock so replicas starting together take turns. */
  async prepare(): Promise<void> {
    const lock = this.db.createQueryRunner();
    await lock.connect();
    try {
      await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
      const applied = await this.db.runMigrations({ transaction: 'each' });
      if (applied.length > 0) this.logger.log(`Applied ${applied.length} migration(s): ${applied.map((m) => m.name).join(', ')}`);
      if (this.config.SEED_DEMO) {
        const seeded = await this.db.transaction((manager) => seedDemoData(manager));
        if (seeded) this.logger.log('Seeded the demo data');
      }
    } finally {
      await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
      await lock.release();
    }
  }
}

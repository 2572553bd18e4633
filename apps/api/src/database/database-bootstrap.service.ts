import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/env.js';
import { migrateUnderLock } from './migrate-under-lock.js';
import { seedDemoData } from './seed/demo-seed.js';

@Injectable()
export class DatabaseBootstrap {
  private readonly logger = new Logger(DatabaseBootstrap.name);

  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Brings the schema up to date and seeds the demo data, holding a lock so replicas starting together take turns. */
  async prepare(): Promise<void> {
    let seeded = false;
    const applied = await migrateUnderLock(this.db, async (manager) => {
      if (this.config.SEED_DEMO) seeded = await seedDemoData(manager);
    });
    if (applied.length > 0) this.logger.log(`Applied ${applied.length} migration(s): ${applied.join(', ')}`);
    if (seeded) this.logger.log('Seeded the demo data');
  }
}

import { Inject, Injectable, Logger } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { londonDate } from '../common/dates/calendar-dates.js';
import { APP_CONFIG, type AppConfig } from '../config/env.js';
import { ReviewSignOffService } from '../reviews/review-sign-off.service.js';
import { migrateUnderLock } from './migrate-under-lock.js';
import { seedDemoData } from './seed/demo-seed.js';

@Injectable()
export class DatabaseBootstrap {
  private readonly logger = new Logger(DatabaseBootstrap.name);

  constructor(
    private readonly db: DataSource,
    private readonly modules: ModuleRef,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Brings the schema up to date and seeds the demo data, holding a lock so replicas starting together take turns. */
  async prepare(): Promise<void> {
    let seeded = false;
    const level = this.config.SEED_DEMO;
    const applied = await migrateUnderLock(this.db, async (manager) => {
      if (!level) return;
      // The tour's past cycles are signed off as the product signs off, snapshot and all.
      const signOffs = this.modules.get(ReviewSignOffService, { strict: false });
      seeded = await seedDemoData(manager, { level, today: londonDate(new Date()), signOff: (db, signOff) => signOffs.freeze(db, signOff) });
    });
    if (applied.length > 0) this.logger.log(`Applied ${applied.length} migration(s): ${applied.join(', ')}`);
    if (seeded) this.logger.log(`Seeded the demo data (${level})`);
  }
}

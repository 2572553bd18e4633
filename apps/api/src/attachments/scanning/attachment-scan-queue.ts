import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { AttachmentScan } from '@steerline/contracts';
import type { PgBoss } from 'pg-boss';
import type { EntityManager } from 'typeorm';
import { createPgBoss, onTransaction } from '../../common/jobs/pg-boss.js';
import { APP_CONFIG, type AppConfig } from '../../config/env.js';
import { AttachmentScanWorker } from './attachment-scan-worker.js';

export const SCAN_QUEUE = 'attachment-scans';

interface ScanJob {
  attachmentId: string;
}

/**
 * With CLAMAV_HOST, each new file is queued for its scan in the transaction that keeps it, and any replica's worker
 * checks it. While clamd is down the job is retried, backing off to every ten minutes, and the file waits as
 * "being checked"; it is never served before its verdict.
 */
@Injectable()
export class AttachmentScanQueue implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(AttachmentScanQueue.name);
  private boss: PgBoss | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly worker: AttachmentScanWorker,
  ) {}

  /** What a new file starts as. */
  get firstState(): AttachmentScan {
    return this.config.CLAMAV_HOST ? 'checking' : 'not_scanned';
  }

  async queue(manager: EntityManager, attachmentId: string): Promise<void> {
    if (!this.boss) return;
    await this.boss.send(SCAN_QUEUE, { attachmentId } satisfies ScanJob, { db: onTransaction(manager) });
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.CLAMAV_HOST) return;
    const boss = createPgBoss(this.config, 'attachment-scans', this.logger);
    this.boss = boss;
    await boss.start();
    await boss.createQueue(SCAN_QUEUE, {
      retryLimit: 1000, retryDelay: 5, retryBackoff: true, retryDelayMax: 600, expireInSeconds: this.config.CLAMAV_TIMEOUT_SECONDS * 2,
    });
    await boss.work<ScanJob>(SCAN_QUEUE, { pollingIntervalSeconds: 1 }, async ([job]) => {
      await this.worker.check(job.data.attachmentId);
    });
  }

  /** Stops fetching, lets a scan in progress finish, closes pg-boss's own pool. */
  async onModuleDestroy(): Promise<void> {
    const boss = this.boss;
    this.boss = null;
    await boss?.stop({ graceful: true, timeout: 10_000 });
  }
}

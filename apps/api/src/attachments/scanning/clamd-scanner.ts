import { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import NodeClam from 'clamscan';
import { APP_CONFIG, type AppConfig } from '../../config/env.js';

export type ScanVerdict = { infected: false } | { infected: true; finding: string };

/** clamd at CLAMAV_HOST:CLAMAV_PORT, sent each file over its INSTREAM command; never a local ClamAV binary. */
@Injectable()
export class ClamdScanner {
  private clamd: Promise<NodeClam> | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Throws when clamd cannot be reached or gives no verdict in time, so the scan is tried again later. */
  async scan(bytes: Buffer): Promise<ScanVerdict> {
    // The typings promise a boolean; clamscan answers null (and `timeout`) when clamd gave no verdict.
    const result = (await (await this.connection()).scanStream(Readable.from([bytes]))) as { isInfected: boolean | null; viruses: string[]; timeout?: boolean };
    if (result.isInfected === null || result.timeout) throw new Error('clamd gave no verdict in time');
    if (!result.isInfected) return { infected: false };
    return { infected: true, finding: result.viruses.join(', ').slice(0, 500) || 'unnamed' };
  }

  private connection(): Promise<NodeClam> {
    this.clamd ??= new NodeClam().init({
      clamscan: { active: false },
      // bypassTest: clamd may be down when the app starts; each scan connects afresh and fails on its own.
      clamdscan: {
        host: this.config.CLAMAV_HOST, port: this.config.CLAMAV_PORT, timeout: this.config.CLAMAV_TIMEOUT_SECONDS * 1000,
        localFallback: false, bypassTest: true, active: true,
      },
      preference: 'clamdscan',
    });
    return this.clamd;
  }
}

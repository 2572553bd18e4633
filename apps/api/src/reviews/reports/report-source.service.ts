import { Injectable } from '@nestjs/common';
import type { CorporatePlanReport } from '@steerline/contracts';
import { DataSource } from 'typeorm';
import { NotFoundError } from '../../common/errors/domain-error.js';
import { CorporatePlanReportBuilder } from './corporate-plan-report.builder.js';
import { selectReportCycle, selectSnapshot } from './report.queries.js';

/**
 * Where a cycle's report comes from: a signed-off cycle's frozen snapshot (so it reads the same next year, whatever
 * happened to the actions since), otherwise a live build marked as a draft.
 */
@Injectable()
export class ReportSource {
  constructor(
    private readonly dataSource: DataSource,
    private readonly builder: CorporatePlanReportBuilder,
  ) {}

  get(cycleId: string): Promise<CorporatePlanReport> {
    // One consistent view of the data for every query of a live build.
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const cycle = await selectReportCycle(manager, cycleId);
      if (!cycle) throw new NotFoundError('The review cycle');
      if (cycle.status === 'signed_off') {
        const snapshot = await selectSnapshot(manager, cycleId);
        if (snapshot) return snapshot.report;
        return this.builder.build(manager, cycleId, { at: cycle.signed_off_at!, by: cycle.signed_off_by_id! });
      }
      return this.builder.build(manager, cycleId);
    });
  }
}

import { Injectable } from '@nestjs/common';
import type { ReviewCycleDetail } from '@steerline/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { CurrentUser } from '../common/auth/current-user.js';
import { CorporatePlanReportBuilder } from './reports/corporate-plan-report.builder.js';
import { applyAcceptedAmendments } from './amendment-application.js';
import { moveCycle } from './review-cycle-moves.js';
import { recordSignOff } from './review-cycle.queries.js';
import { cycleAbilities } from './reviews.policy.js';

/** The leadership team's sign-off: final, and everything it implies happens in one transaction or not at all. */
@Injectable()
export class ReviewSignOffService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly reports: CorporatePlanReportBuilder,
  ) {}

  /**
   * Applies the accepted amendments to their actions, freezes the Corporate Plan report as the cycle's snapshot, then
   * marks the cycle signed off; that last write is what makes the database refuse any later change to the cycle.
   */
  async signOff(actor: CurrentUser, id: string, version: number): Promise<ReviewCycleDetail> {
    const after = await this.db.transaction((manager) =>
      moveCycle(manager, this.audit, actor, id, version, 'sign_off', () => this.freeze(manager, { cycleId: id, at: new Date(), signerId: actor.id, signerName: actor.name })),
    );
    return { ...after, can: cycleAbilities(actor, after.status) };
  }

  /**
   * What sign-off does to a cycle besides its status, on the caller's transaction: the accepted amendments applied,
   * the report frozen as the snapshot, the signer and time recorded. The demo seed calls it for its past cycles.
   */
  async freeze(manager: EntityManager, signOff: { cycleId: string; at: Date; signerId: string; signerName: string }): Promise<void> {
    await applyAcceptedAmendments(manager, this.audit, signOff.signerId, signOff.cycleId);
    const report = await this.reports.build(manager, signOff.cycleId, { at: signOff.at, by: signOff.signerName });
    await recordSignOff(manager, signOff.cycleId, report, signOff.at, signOff.signerId);
  }
}

import { Injectable } from '@nestjs/common';
import type { CorporatePlanReport, Rag, ReportEscalation } from '@steerline/contracts';
import { isUUID } from 'class-validator';
import type { EntityManager } from 'typeorm';
import { NotFoundError } from '../../common/errors/domain-error.js';
import { coverage, effectiveRag, groupBy, summarise, toReportAction, toReportAmendment, toReportMeasure } from './report-assembly.js';
import {
  type CycleRow, type EscalationRow, selectActions, selectAmendments, selectEscalations, selectEvidence, selectMeasures, selectPreviousCycle, selectPriorities,
  selectReportCycle, selectSegmentTargets, selectSnapshotRags, selectUserName, selectVeryLowPropensitySegments,
} from './report.queries.js';

export interface SignOff {
  at: Date;
  /** The signing user's id (or, failing that, the name to print). */
  by: string;
}

/**
 * Builds a cycle's Corporate Plan report from the live data in a fixed handful of set-based queries.
 * The reviews feature calls it inside the sign-off transaction (with `signOff`) and stores the result as the snapshot.
 */
@Injectable()
export class CorporatePlanReportBuilder {
  async build(manager: EntityManager, cycleId: string, signOff?: { at: Date; by: string }): Promise<CorporatePlanReport> {
    const cycle = await selectReportCycle(manager, cycleId);
    if (!cycle) throw new NotFoundError('The review cycle');
    // One after another: inside a transaction every query shares one connection, which cannot run two at once.
    const previousRags = await this.previousRags(manager, cycle);
    const priorities = await selectPriorities(manager, cycle.strategy_id);
    const actionRows = await selectActions(manager, cycle.id, cycle.strategy_id);
    const measureRows = await selectMeasures(manager, cycle.id, cycle.strategy_id, cycle.period_end);
    const amendmentRows = await selectAmendments(manager, cycle.id);
    const escalationRows = await selectEscalations(manager, cycle.strategy_id, cycle.period_start, cycle.period_end);
    const evidence = await selectEvidence(manager, cycle.id, cycle.strategy_id, cycle.period_start, cycle.period_end);
    const segments = await selectVeryLowPropensitySegments(manager, cycle.strategy_id);
    const targets = await selectSegmentTargets(manager, cycle.id, cycle.strategy_id);
    const signer = await this.signer(manager, signOff?.by ?? cycle.signed_off_by_id);
    const measures = groupBy(measureRows, (row) => row.action_id);
    const amendments = groupBy(amendmentRows, (row) => row.action_id);
    const actions = actionRows.map((row) =>
      toReportAction(
        row,
        previousRags === null ? null : (previousRags.rags.get(row.id) ?? null),
        (measures.get(row.id) ?? []).map(toReportMeasure),
        (amendments.get(row.id) ?? []).map(toReportAmendment),
      ),
    );
    const byPriority = groupBy(actions, (action) => String(action.priorityNumber));
    const signedOffAt = signOff?.at ?? cycle.signed_off_at;
    const signedOff = signOff !== undefined || cycle.status === 'signed_off';
    return {
      strategyTitle: cycle.strategy_name,
      cycle: {
        id: cycle.id,
        name: cycle.name,
        periodStart: cycle.period_start,
        periodEnd: cycle.period_end,
        status: signedOff ? 'signed_off' : cycle.status,
        signedOffAt: signedOff && signedOffAt ? signedOffAt.toISOString() : null,
        signedOffBy: signedOff ? signer : null,
      },
      draft: !signedOff,
      previousCycle: previousRags === null ? null : { id: previousRags.id, name: previousRags.name },
      summary: priorities.map((priority) => summarise(priority, byPriority.get(String(priority.number)) ?? [])),
      total: summarise(null, actions),
      actions,
      exceptions: actions.filter((action) => action.rag === 'red' || action.rag === 'amber'),
      escalations: escalationRows.map(toReportEscalation),
      coverage: coverage(segments, targets, actions),
      evidence: evidence.map((row) => ({ id: row.id, actionReference: row.action_reference, fileName: row.file_name, attachedTo: row.attached_to, uploadedAt: row.uploaded_at })),
    };
  }

  /** The previous cycle's RAG per action: from its snapshot when it has one, else from its live data. */
  private async previousRags(manager: EntityManager, cycle: CycleRow): Promise<{ id: string; name: string; rags: Map<string, Rag> } | null> {
    const previous = await selectPreviousCycle(manager, cycle.strategy_id, cycle.period_end);
    if (!previous) return null;
    const rows = previous.has_snapshot
      ? await selectSnapshotRags(manager, previous.id)
      : (await selectActions(manager, previous.id, cycle.strategy_id)).map((row) => ({ id: row.id, rag: effectiveRag(row) }));
    return { id: previous.id, name: previous.name, rags: new Map(rows.map((row) => [row.id, row.rag])) };
  }

  private async signer(manager: EntityManager, by: string | null | undefined): Promise<string | null> {
    if (!by) return null;
    if (!isUUID(by)) return by;
    const user = await selectUserName(manager, by);
    return user?.name ?? null;
  }
}

function toReportEscalation(row: EscalationRow): ReportEscalation {
  return {
    actionReference: row.action_reference,
    raisedAt: row.raised_at,
    problem: row.problem,
    decisionSought: row.decision_sought,
    status: row.status,
    decision: row.decision,
    decisionText: row.decision_text,
    decidedAt: row.decided_at,
  };
}

import { Injectable } from '@nestjs/common';
import type { CorporatePlanReport, Rag, ReportEscalation } from '@steerline/contracts';
import { isUUID } from 'class-validator';
import type { EntityManager } from 'typeorm';
import { NotFoundError } from '../../common/errors/domain-error.js';
import { coverage, effectiveRag, groupBy, summarise, toReportAction, toReportAmendment, toReportMeasure } from './report-assembly.js';
import {
  ACTIONS, AMENDMENTS, CYCLE, ESCALATIONS, MEASURES, PREVIOUS_CYCLE, PRIORITIES, SEGMENT_TARGETS, SNAPSHOT_RAGS, USER_NAME,
  VERY_LOW_PROPENSITY_SEGMENTS, type ActionRow, type AmendmentRow, type CycleRow, type EscalationRow, type MeasureRow,
  type SegmentRow,
} from './report.sql.js';

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
    const [cycle] = await manager.query<CycleRow[]>(CYCLE, [cycleId]);
    if (!cycle) throw new NotFoundError('The review cycle');
    const scope = [cycle.id, cycle.strategy_id];
    // One after another: inside a transaction every query shares one connection, which cannot run two at once.
    const previousRags = await this.previousRags(manager, cycle);
    const priorities = await manager.query<{ number: number; title: string }[]>(PRIORITIES, [cycle.strategy_id]);
    const actionRows = await manager.query<ActionRow[]>(ACTIONS, scope);
    const measureRows = await manager.query<MeasureRow[]>(MEASURES, [...scope, cycle.period_end]);
    const amendmentRows = await manager.query<AmendmentRow[]>(AMENDMENTS, [cycle.id]);
    const escalationRows = await manager.query<EscalationRow[]>(ESCALATIONS, [cycle.strategy_id, cycle.period_start, cycle.period_end]);
    const segments = await manager.query<SegmentRow[]>(VERY_LOW_PROPENSITY_SEGMENTS, [cycle.strategy_id]);
    const targets = await manager.query<{ segment_id: string; action_id: string }[]>(SEGMENT_TARGETS, scope);
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
    };
  }

  /** The previous cycle's RAG per action: from its snapshot when it has one, else from its live data. */
  private async previousRags(manager: EntityManager, cycle: CycleRow): Promise<{ id: string; name: string; rags: Map<string, Rag> } | null> {
    const [previous] = await manager.query<{ id: string; name: string; status: string; has_snapshot: boolean }[]>(PREVIOUS_CYCLE, [
      cycle.strategy_id,
      cycle.period_end,
    ]);
    if (!previous) return null;
    const rows = previous.has_snapshot
      ? await manager.query<{ id: string; rag: Rag }[]>(SNAPSHOT_RAGS, [previous.id])
      : (await manager.query<ActionRow[]>(ACTIONS, [previous.id, cycle.strategy_id])).map((row) => ({ id: row.id, rag: effectiveRag(row) }));
    return { id: previous.id, name: previous.name, rags: new Map(rows.map((row) => [row.id, row.rag])) };
  }

  private async signer(manager: EntityManager, by: string | null | undefined): Promise<string | null> {
    if (!by) return null;
    if (!isUUID(by)) return by;
    const [user] = await manager.query<{ name: string }[]>(USER_NAME, [by]);
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

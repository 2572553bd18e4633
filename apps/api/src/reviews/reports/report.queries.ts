/**
 * The Corporate Plan report's reads: one set-based query per part of the report, whatever the size of the cycle.
 * A cycle's actions are its returns; a cycle without returns (a draft) covers the strategy's live, non-cancelled actions.
 */
import type { CorporatePlanReport, Rag } from '@steerline/contracts';
import type { EntityManager } from 'typeorm';
import { PreparedStatement, runPrepared } from '../../database/prepared-statement.js';

export interface CycleRow {
  id: string;
  strategy_id: string;
  strategy_name: string;
  name: string;
  period_start: string;
  period_end: string;
  status: 'draft' | 'open' | 'board_review' | 'signed_off';
  signed_off_at: Date | null;
  signed_off_by_id: string | null;
}

const CYCLE = new PreparedStatement(`
  SELECT c.id, c.strategy_id, s.name AS strategy_name, c.name, to_char(c.period_start, 'YYYY-MM-DD') AS period_start,
    to_char(c.period_end, 'YYYY-MM-DD') AS period_end, c.status, c.signed_off_at, c.signed_off_by_id
  FROM review_cycle c JOIN strategy s ON s.id = c.strategy_id
  WHERE c.id = $1`);

const USER_NAME = new PreparedStatement(`SELECT name FROM app_user WHERE id = $1`);

/** The cycle before: the latest one of the same strategy whose period ended earlier. */
const PREVIOUS_CYCLE = new PreparedStatement(`
  SELECT id, name, status, EXISTS (SELECT 1 FROM review_cycle_snapshot s WHERE s.cycle_id = c.id) AS has_snapshot
  FROM review_cycle c
  WHERE strategy_id = $1 AND period_end < $2::date
  ORDER BY period_end DESC, created_at DESC, id
  LIMIT 1`);

const SNAPSHOT = new PreparedStatement(`SELECT report FROM review_cycle_snapshot WHERE cycle_id = $1`);

/** The action ids a cycle covers, with the return each one has in it (if any). $1 = cycle, $2 = strategy. */
const SCOPE = `
  scope AS (
    SELECT r.action_id, r.id AS return_id FROM review_return r WHERE r.cycle_id = $1
    UNION ALL
    SELECT a.id, NULL::uuid FROM action a
    WHERE a.strategy_id = $2 AND a.status <> 'cancelled' AND NOT EXISTS (SELECT 1 FROM review_return r WHERE r.cycle_id = $1)
  )`;

export interface ActionRow {
  id: string;
  return_id: string | null;
  reference: string;
  title: string;
  priority_number: number;
  owner: string;
  owning_body: string;
  live_status: string;
  live_rag: string;
  percent_complete: number;
  due_date: string | null;
  return_status: string | null;
  return_action_status: string | null;
  return_rag: string | null;
  return_rag_reason: string | null;
  return_corrective_action: string | null;
  return_revised_date: string | null;
  narrative: string | null;
  next_steps: string | null;
  update_problem: string | null;
  update_corrective_action: string | null;
  update_revised_date: string | null;
}

/** One row per action in the cycle, with its return and its latest progress update (for live reasons). */
const ACTIONS = new PreparedStatement(`
  WITH ${SCOPE}
  SELECT a.id, scope.return_id, a.reference, a.title, p.number AS priority_number, u.name AS owner, b.name AS owning_body,
    a.status AS live_status, a.rag AS live_rag, a.percent_complete, to_char(a.due_date, 'YYYY-MM-DD') AS due_date,
    r.status AS return_status, r.action_status AS return_action_status, r.rag AS return_rag, r.rag_reason AS return_rag_reason,
    r.corrective_action AS return_corrective_action, to_char(r.revised_date, 'YYYY-MM-DD') AS return_revised_date,
    r.narrative, r.next_steps,
    pu.problem AS update_problem, pu.corrective_action AS update_corrective_action,
    to_char(pu.revised_date, 'YYYY-MM-DD') AS update_revised_date
  FROM scope
  JOIN action a ON a.id = scope.action_id
  JOIN priority p ON p.id = a.priority_id
  JOIN app_user u ON u.id = a.owner_id
  JOIN body b ON b.id = a.owning_body_id
  LEFT JOIN review_return r ON r.id = scope.return_id
  LEFT JOIN LATERAL (
    SELECT problem, corrective_action, revised_date FROM progress_update
    WHERE action_id = a.id ORDER BY created_at DESC, id LIMIT 1
  ) pu ON true
  ORDER BY p.number, length(a.reference), a.reference`);

export interface MeasureRow {
  action_id: string;
  name: string;
  unit: string;
  target: string | null;
  actual: string | null;
}

/** Each measure of the cycle's actions: the return's value at period end, else the latest value reported by then. $3 = period end. */
const MEASURES = new PreparedStatement(`
  WITH ${SCOPE},
  latest AS (
    SELECT DISTINCT ON (pum.measure_id) pum.measure_id, pum.value
    FROM progress_update_measure pum
    JOIN progress_update pu ON pu.id = pum.update_id
    JOIN scope ON scope.action_id = pu.action_id
    WHERE pu.created_at < ($3::date + 1)
    ORDER BY pum.measure_id, pu.created_at DESC, pu.id
  )
  SELECT m.action_id, m.name, m.unit, m.target::text AS target, COALESCE(rm.value, latest.value)::text AS actual
  FROM scope
  JOIN measure m ON m.action_id = scope.action_id
  LEFT JOIN review_return_measure rm ON rm.return_id = scope.return_id AND rm.measure_id = m.id
  LEFT JOIN latest ON latest.measure_id = m.id
  ORDER BY m.action_id, m.created_at, m.name, m.id`);

export interface AmendmentRow {
  action_id: string;
  kind: 'due_date' | 'scope' | 'measure_target';
  new_due_date: string | null;
  new_scope: string | null;
  measure_name: string | null;
  measure_unit: string | null;
  new_target: string | null;
  reason: string;
  applied: boolean;
}

const AMENDMENTS = new PreparedStatement(`
  SELECT r.action_id, am.kind, to_char(am.new_due_date, 'YYYY-MM-DD') AS new_due_date, am.new_scope,
    m.name AS measure_name, m.unit AS measure_unit, am.new_target::text AS new_target, am.reason, am.applied_at IS NOT NULL AS applied
  FROM review_amendment am
  JOIN review_return r ON r.id = am.return_id
  LEFT JOIN measure m ON m.id = am.measure_id
  WHERE r.cycle_id = $1
  ORDER BY r.action_id, am.kind, am.id`);

/** The RAG each action had in a signed-off cycle, read from its snapshot. */
const SNAPSHOT_RAGS = new PreparedStatement(`
  SELECT e->>'id' AS id, e->>'rag' AS rag
  FROM review_cycle_snapshot s CROSS JOIN jsonb_array_elements(s.report->'actions') e
  WHERE s.cycle_id = $1`);

const PRIORITIES = new PreparedStatement(`SELECT number, title FROM priority WHERE strategy_id = $1 ORDER BY number`);

export interface EscalationRow {
  action_reference: string;
  raised_at: string;
  problem: string;
  decision_sought: string;
  status: string;
  decision: string | null;
  decision_text: string | null;
  decided_at: string | null;
}

/** Escalations raised in the period on the strategy's actions, with any decision taken on them. $2, $3 = period. */
const ESCALATIONS = new PreparedStatement(`
  SELECT a.reference AS action_reference, to_char(e.raised_at, 'YYYY-MM-DD') AS raised_at, e.problem, e.decision_sought,
    e.status, e.decision, e.decision_text, to_char(e.decided_at, 'YYYY-MM-DD') AS decided_at
  FROM escalation e JOIN action a ON a.id = e.action_id
  WHERE a.strategy_id = $1 AND e.raised_at >= $2::date AND e.raised_at < ($3::date + 1)
  ORDER BY e.raised_at, a.reference, e.id`);

export interface EvidenceRow {
  id: string;
  action_reference: string;
  file_name: string;
  attached_to: 'action' | 'progress_update' | 'review_return' | 'escalation';
  uploaded_at: string;
}

/** Files on the cycle's returns, and files added to its actions (or their updates and escalations) during the period; never a refused one. */
const EVIDENCE = new PreparedStatement(`
  WITH ${SCOPE}
  SELECT f.id, a.reference AS action_reference, f.file_name,
    CASE WHEN f.progress_update_id IS NOT NULL THEN 'progress_update' WHEN f.review_return_id IS NOT NULL THEN 'review_return'
         WHEN f.escalation_id IS NOT NULL THEN 'escalation' ELSE 'action' END AS attached_to,
    to_char(f.uploaded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS uploaded_at
  FROM attachment f JOIN scope s ON s.action_id = f.action_id JOIN action a ON a.id = f.action_id
  WHERE (f.review_return_id = s.return_id
     OR (f.review_return_id IS NULL AND f.uploaded_at >= $3::date AND f.uploaded_at < ($4::date + 1)))
    AND f.scan_status <> 'infected'
  ORDER BY a.reference, f.uploaded_at, f.id`);

export interface SegmentRow {
  id: string;
  name: string;
  household_share: string;
}

const VERY_LOW_PROPENSITY_SEGMENTS = new PreparedStatement(`
  SELECT ps.id, ps.name, ps.household_share::text AS household_share FROM population_segment ps
  WHERE ps.strategy_id = $1 AND ps.very_low_propensity
  ORDER BY ps.household_share DESC, ps.name`);

/** Which of the cycle's actions target which very-low-propensity segment. */
const SEGMENT_TARGETS = new PreparedStatement(`
  WITH ${SCOPE}
  SELECT s.segment_id, s.action_id FROM scope
  JOIN action_segment s ON s.action_id = scope.action_id
  JOIN population_segment ps ON ps.id = s.segment_id AND ps.very_low_propensity`);

const first = async <Row>(rows: Promise<Row[]>): Promise<Row | undefined> => (await rows)[0];

export const selectReportCycle = (db: EntityManager, cycleId: string) => first(runPrepared<CycleRow>(db, CYCLE, [cycleId]));
export const selectUserName = (db: EntityManager, userId: string) => first(runPrepared<{ name: string }>(db, USER_NAME, [userId]));
/** The cycle before this one (by period), with whether it has a frozen snapshot. */
export const selectPreviousCycle = (db: EntityManager, strategyId: string, periodEnd: string) =>
  first(runPrepared<{ id: string; name: string; status: string; has_snapshot: boolean }>(db, PREVIOUS_CYCLE, [strategyId, periodEnd]));
export const selectSnapshot = (db: EntityManager, cycleId: string) => first(runPrepared<{ report: CorporatePlanReport }>(db, SNAPSHOT, [cycleId]));
export const selectSnapshotRags = (db: EntityManager, cycleId: string) => runPrepared<{ id: string; rag: Rag }>(db, SNAPSHOT_RAGS, [cycleId]);
export const selectPriorities = (db: EntityManager, strategyId: string) => runPrepared<{ number: number; title: string }>(db, PRIORITIES, [strategyId]);
export const selectActions = (db: EntityManager, cycleId: string, strategyId: string) => runPrepared<ActionRow>(db, ACTIONS, [cycleId, strategyId]);
export const selectMeasures = (db: EntityManager, cycleId: string, strategyId: string, periodEnd: string) =>
  runPrepared<MeasureRow>(db, MEASURES, [cycleId, strategyId, periodEnd]);
export const selectAmendments = (db: EntityManager, cycleId: string) => runPrepared<AmendmentRow>(db, AMENDMENTS, [cycleId]);
export const selectEscalations = (db: EntityManager, strategyId: string, periodStart: string, periodEnd: string) =>
  runPrepared<EscalationRow>(db, ESCALATIONS, [strategyId, periodStart, periodEnd]);
export const selectEvidence = (db: EntityManager, cycleId: string, strategyId: string, periodStart: string, periodEnd: string) =>
  runPrepared<EvidenceRow>(db, EVIDENCE, [cycleId, strategyId, periodStart, periodEnd]);
export const selectVeryLowPropensitySegments = (db: EntityManager, strategyId: string) => runPrepared<SegmentRow>(db, VERY_LOW_PROPENSITY_SEGMENTS, [strategyId]);
export const selectSegmentTargets = (db: EntityManager, cycleId: string, strategyId: string) =>
  runPrepared<{ segment_id: string; action_id: string }>(db, SEGMENT_TARGETS, [cycleId, strategyId]);

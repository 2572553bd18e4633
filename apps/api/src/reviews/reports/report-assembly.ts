import {
  ACTION_STATUSES, MOVEMENTS, RAGS, type ActionStatus, type PrioritySummary, type Rag, type ReportAction, type ReportAmendment,
  type ReportCount, type ReportMeasure, type ReportSegmentCoverage, type ReturnStatus,
} from '@steerline/contracts';
import { movementBetween } from './rag-movement.js';
import type { ActionRow, AmendmentRow, MeasureRow, SegmentRow } from './report.queries.js';

/** A return speaks for its action once it has been submitted (or accepted); until then the action's live values do. */
const RETURN_COUNTS: readonly string[] = ['submitted', 'accepted'];

export const returnCounts = (row: Pick<ActionRow, 'return_status'>) => row.return_status !== null && RETURN_COUNTS.includes(row.return_status);

/** The RAG rating a cycle gives the action. */
export const effectiveRag = (row: ActionRow): Rag => (returnCounts(row) ? row.return_rag : row.live_rag) as Rag;

const toNumber = (value: string | null) => (value === null ? null : Number(value));

export function toReportMeasure(row: MeasureRow): ReportMeasure {
  return { name: row.name, unit: row.unit, target: toNumber(row.target), actual: toNumber(row.actual) };
}

/** The amendment's change in words, e.g. "Due date 2027-03-31", "Target for people helped: 500 people". */
export function toReportAmendment(row: AmendmentRow): ReportAmendment {
  const change =
    row.kind === 'due_date'
      ? `Due date ${row.new_due_date}`
      : row.kind === 'scope'
        ? `Scope: ${row.new_scope}`
        : `Target for ${row.measure_name}: ${[Number(row.new_target), row.measure_unit].filter((part) => part !== '' && part !== null).join(' ')}`;
  return { kind: row.kind, change, reason: row.reason, applied: row.applied };
}

export function toReportAction(
  row: ActionRow,
  previousRag: Rag | null,
  measures: ReportMeasure[],
  amendments: ReportAmendment[],
): ReportAction {
  const fromReturn = returnCounts(row);
  const rag = effectiveRag(row);
  const needsReason = rag === 'red' || rag === 'amber';
  return {
    id: row.id,
    reference: row.reference,
    title: row.title,
    priorityNumber: row.priority_number,
    owner: row.owner,
    owningBody: row.owning_body,
    status: (fromReturn ? row.return_action_status : row.live_status) as ActionStatus,
    rag,
    previousRag,
    movement: movementBetween(previousRag, rag),
    percentComplete: row.percent_complete,
    dueDate: row.due_date,
    returnStatus: row.return_status as ReturnStatus | null,
    narrative: fromReturn ? (row.narrative ?? '') : '',
    nextSteps: fromReturn ? (row.next_steps ?? '') : '',
    ragReason: !needsReason ? null : fromReturn ? row.return_rag_reason : row.update_problem,
    correctiveAction: !needsReason ? null : fromReturn ? row.return_corrective_action : row.update_corrective_action,
    revisedDate: !needsReason ? null : fromReturn ? row.return_revised_date : row.update_revised_date,
    measures,
    amendments,
  };
}

/** Share of the whole, 0-100, to one decimal place. */
export const percentOf = (count: number, whole: number) => (whole === 0 ? 0 : Math.round((count / whole) * 1000) / 10);

function counts<K extends string>(keys: readonly K[], values: K[]): Record<K, ReportCount> {
  const tally = Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
  for (const value of values) tally[value] += 1;
  return Object.fromEntries(keys.map((key) => [key, { count: tally[key], percent: percentOf(tally[key], values.length) }])) as Record<K, ReportCount>;
}

export function summarise(priority: PrioritySummary['priority'], actions: readonly ReportAction[]): PrioritySummary {
  const movement = Object.fromEntries(MOVEMENTS.map((key) => [key, 0])) as PrioritySummary['movement'];
  for (const action of actions) movement[action.movement] += 1;
  return {
    priority,
    actions: actions.length,
    status: counts(ACTION_STATUSES, actions.map((action) => action.status)),
    rag: counts(RAGS, actions.map((action) => action.rag)),
    movement,
  };
}

/** For each very-low-propensity segment: the cycle's live (not cancelled) actions that target it, and how many are red or amber. */
export function coverage(
  segments: readonly SegmentRow[],
  targets: readonly { segment_id: string; action_id: string }[],
  actions: readonly ReportAction[],
): ReportSegmentCoverage[] {
  const byId = new Map(actions.map((action) => [action.id, action]));
  return segments.map((segment) => {
    const targeting = targets
      .filter((target) => target.segment_id === segment.id)
      .map((target) => byId.get(target.action_id))
      .filter((action): action is ReportAction => action !== undefined && action.status !== 'cancelled');
    return {
      segment: segment.name,
      householdShare: Number(segment.household_share),
      actions: targeting.length,
      redOrAmber: targeting.filter((action) => action.rag === 'red' || action.rag === 'amber').length,
    };
  });
}

/** Groups rows by a key, keeping their order. */
export function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

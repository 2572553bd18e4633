import type {
  ActionStatus, AmendmentKind, Rag, ReturnMeasureValue, ReturnStatus, ReviewCycleStatus, ReviewAmendment, ReviewReturn, ReviewReturnFilters, ReviewReturnRow,
} from '@steerline/contracts';
import type { EntityManager } from 'typeorm';
import { escapeLike } from '../common/text/escape-like.js';
import { PreparedStatement, preparedWhileFew, runPrepared, type SqlQuery } from '../database/prepared-statement.js';

/** A return as everyone sees it; `can` is added per user. */
export type ReviewReturnView = Omit<ReviewReturn, 'can'>;

const ROW_COLUMNS = `
  r.id, r.status, r.rag, r.submitted_at, r.version, u.id AS owner_id, u.name AS owner_name,
  a.id AS action_id, a.reference, a.title, p.id AS priority_id, p.number AS priority_number, p.title AS priority_title,
  b.id AS body_id, b.name AS body_name,
  c.id AS cycle_id, c.name AS cycle_name, c.status AS cycle_status, c.returns_due::text AS cycle_returns_due`;

const FROM = `
  FROM review_return r
  JOIN review_cycle c ON c.id = r.cycle_id
  JOIN action a ON a.id = r.action_id
  JOIN priority p ON p.id = a.priority_id
  JOIN body b ON b.id = a.owning_body_id
  JOIN app_user u ON u.id = r.owner_id`;

interface Row {
  id: string;
  status: ReturnStatus;
  rag: Rag | null;
  submitted_at: Date | null;
  version: number;
  owner_id: string;
  owner_name: string;
  action_id: string;
  reference: string;
  title: string;
  priority_id: string;
  priority_number: number;
  priority_title: string;
  body_id: string;
  body_name: string;
  cycle_id: string;
  cycle_name: string;
  cycle_status: ReviewCycleStatus;
  cycle_returns_due: string;
  amendment_count: number;
}

interface DetailRow extends Row {
  description: string;
  due_date: string | null;
  action_status: ActionStatus | null;
  rag_reason: string | null;
  corrective_action: string | null;
  revised_date: string | null;
  narrative: string;
  next_steps: string;
  board_comment: string | null;
  accepted_at: Date | null;
}

interface MeasureRow {
  id: string;
  name: string;
  unit: string;
  target: string | null;
  value: string | null;
}

interface AmendmentRow {
  id: string;
  kind: AmendmentKind;
  new_due_date: string | null;
  new_scope: string | null;
  measure_id: string | null;
  new_target: string | null;
  reason: string;
  applied_at: Date | null;
}

const cycleOf = (row: Row) => ({ id: row.cycle_id, name: row.cycle_name, status: row.cycle_status, returnsDue: row.cycle_returns_due });
const priorityOf = (row: Row) => ({ id: row.priority_id, number: row.priority_number, title: row.priority_title });
const num = (value: string | null) => (value === null ? null : Number(value));

function toReturnRow(row: Row): ReviewReturnRow {
  return {
    id: row.id,
    cycle: cycleOf(row),
    action: { id: row.action_id, reference: row.reference, title: row.title, priority: priorityOf(row) },
    owner: { id: row.owner_id, name: row.owner_name },
    owningBody: { id: row.body_id, name: row.body_name },
    status: row.status,
    rag: row.rag,
    submittedAt: row.submitted_at?.toISOString() ?? null,
    amendmentCount: row.amendment_count,
    version: row.version,
  };
}

function trackerWhere(cycleId: string, filters: ReviewReturnFilters, userId: string): SqlQuery {
  const values: unknown[] = [cycleId];
  const param = (value: unknown) => `$${values.push(value)}`;
  const conditions = ['r.cycle_id = $1'];
  if (filters.status) conditions.push(`r.status = ANY(${param(filters.status)}::text[])`);
  if (filters.priority) {
    const ids = filters.priority.filter((value) => value.includes('-'));
    const numbers = filters.priority.filter((value) => !value.includes('-')).map(Number);
    conditions.push(`(a.priority_id = ANY(${param(ids)}::uuid[]) OR p.number = ANY(${param(numbers)}::int[]))`);
  }
  if (filters.body) conditions.push(`a.owning_body_id = ${param(filters.body)}`);
  if (filters.owner) conditions.push(`r.owner_id = ${param(filters.owner === 'me' ? userId : filters.owner)}`);
  if (filters.q) {
    const pattern = param(`%${escapeLike(filters.q)}%`);
    conditions.push(`(a.reference ILIKE ${pattern} OR a.title ILIKE ${pattern} OR u.name ILIKE ${pattern})`);
  }
  return { text: `WHERE ${conditions.join(' AND ')}`, values };
}

const AMENDMENT_COUNT = `(SELECT count(*)::int FROM review_amendment m WHERE m.return_id = r.id) AS amendment_count`;

const OWN_RETURNS = new PreparedStatement(`
  SELECT ${ROW_COLUMNS}, ${AMENDMENT_COUNT} ${FROM}
  WHERE r.owner_id = $1 AND c.status IN ('open', 'board_review') ORDER BY c.returns_due, a.reference, r.id`);
const RETURN = new PreparedStatement(`
  SELECT ${ROW_COLUMNS}, 0 AS amendment_count, a.description, a.due_date::text AS due_date, r.action_status, r.rag_reason, r.corrective_action,
         r.revised_date::text AS revised_date, r.narrative, r.next_steps, r.board_comment, r.accepted_at
  ${FROM} WHERE r.id = $1`);
const RETURN_MEASURES = new PreparedStatement(`
  SELECT m.id, m.name, m.unit, m.target, v.value FROM measure m
  LEFT JOIN review_return_measure v ON v.measure_id = m.id AND v.return_id = $2
  WHERE m.action_id = $1 ORDER BY m.created_at, m.name, m.id`);
const RETURN_AMENDMENTS = new PreparedStatement(`
  SELECT id, kind, new_due_date::text AS new_due_date, new_scope, measure_id, new_target, reason, applied_at
  FROM review_amendment WHERE return_id = $1 ORDER BY position, id`);

/** One page of a cycle's tracker, in action reference order, with the total the filters find. */
export async function readTracker(
  db: EntityManager, cycleId: string, filters: ReviewReturnFilters, userId: string, page: { limit: number; offset: number },
): Promise<{ rows: ReviewReturnRow[]; total: number }> {
  const where = trackerWhere(cycleId, filters, userId);
  const values = [...where.values, page.limit, page.offset];
  const pageText = `SELECT ${ROW_COLUMNS}, ${AMENDMENT_COUNT} ${FROM} ${where.text} ORDER BY a.reference, r.id LIMIT $${values.length - 1} OFFSET $${values.length}`;
  const rows = await runPrepared<Row>(db, preparedWhileFew(pageText), values);
  const [{ total }] = await runPrepared<{ total: number }>(db, preparedWhileFew(`SELECT count(*)::int AS total ${FROM} ${where.text}`), where.values);
  return { rows: rows.map(toReturnRow), total };
}

/** The user's returns in cycles that are open or in board review, soonest due first. */
export async function readOwnReturns(db: EntityManager, userId: string): Promise<ReviewReturnRow[]> {
  const rows = await runPrepared<Row>(db, OWN_RETURNS, [userId]);
  return rows.map(toReturnRow);
}

export async function readReturn(db: EntityManager, id: string): Promise<ReviewReturnView | null> {
  const [row] = await runPrepared<DetailRow>(db, RETURN, [id]);
  if (!row) return null;
  const measures = await runPrepared<MeasureRow>(db, RETURN_MEASURES, [row.action_id, id]);
  const amendments = await runPrepared<AmendmentRow>(db, RETURN_AMENDMENTS, [id]);
  return {
    id: row.id,
    cycle: cycleOf(row),
    action: {
      id: row.action_id, reference: row.reference, title: row.title, description: row.description, dueDate: row.due_date, priority: priorityOf(row),
    },
    owner: { id: row.owner_id, name: row.owner_name },
    status: row.status,
    actionStatus: row.action_status,
    rag: row.rag,
    ragReason: row.rag_reason,
    correctiveAction: row.corrective_action,
    revisedDate: row.revised_date,
    narrative: row.narrative,
    nextSteps: row.next_steps,
    measures: measures.map(toMeasureValue),
    amendments: amendments.map(toAmendment),
    boardComment: row.board_comment,
    submittedAt: row.submitted_at?.toISOString() ?? null,
    acceptedAt: row.accepted_at?.toISOString() ?? null,
    version: row.version,
  };
}

const toMeasureValue = (m: MeasureRow): ReturnMeasureValue => ({ measureId: m.id, name: m.name, unit: m.unit, target: num(m.target), value: num(m.value) });

const toAmendment = (a: AmendmentRow): ReviewAmendment => ({
  id: a.id,
  kind: a.kind,
  newDueDate: a.new_due_date,
  newScope: a.new_scope,
  measureId: a.measure_id,
  newTarget: num(a.new_target),
  reason: a.reason,
  appliedAt: a.applied_at?.toISOString() ?? null,
});

/** The fields of a return the audit trail records. */
export const returnAuditFields = (r: ReviewReturnView) => ({
  status: r.status,
  actionStatus: r.actionStatus,
  rag: r.rag,
  ragReason: r.ragReason,
  correctiveAction: r.correctiveAction,
  revisedDate: r.revisedDate,
  narrative: r.narrative,
  nextSteps: r.nextSteps,
  boardComment: r.boardComment,
  measureValues: r.measures.filter((m) => m.value !== null).map((m) => ({ measureId: m.measureId, value: m.value })),
  amendments: r.amendments.map(({ kind, newDueDate, newScope, measureId, newTarget, reason }) => ({ kind, newDueDate, newScope, measureId, newTarget, reason })),
});

/* Changes to returns: the service and review-return-content.ts decide, these write. */

const RETURN_CYCLE = new PreparedStatement(`SELECT cycle_id FROM review_return WHERE id = $1`);
const LOCK_RETURN = new PreparedStatement(`SELECT status, owner_id, version FROM review_return WHERE id = $1 FOR UPDATE`);
const BUMP_RETURN = new PreparedStatement(`UPDATE review_return SET version = version + 1, updated_at = now() WHERE id = $1`);
const SUBMIT = new PreparedStatement(`UPDATE review_return SET status = 'submitted', submitted_at = now(), submitted_by_id = $2 WHERE id = $1`);
const SEND_BACK = new PreparedStatement(`
  UPDATE review_return SET status = 'sent_back', board_comment = $2, sent_back_at = now(), sent_back_by_id = $3 WHERE id = $1`);
const ACCEPT = new PreparedStatement(`UPDATE review_return SET status = 'accepted', accepted_at = now(), accepted_by_id = $2 WHERE id = $1`);
const ACTION_START = new PreparedStatement(`SELECT start_date::text AS start_date FROM action WHERE id = $1`);
const SAVE_CONTENT = new PreparedStatement(`
  UPDATE review_return SET status = $2, action_status = $3, rag = $4, rag_reason = $5, corrective_action = $6, revised_date = $7,
         narrative = $8, next_steps = $9 WHERE id = $1`);
const CLEAR_MEASURE_VALUE = new PreparedStatement(`DELETE FROM review_return_measure WHERE return_id = $1 AND measure_id = $2`);
const SET_MEASURE_VALUE = new PreparedStatement(`
  INSERT INTO review_return_measure (return_id, measure_id, value) VALUES ($1, $2, $3)
  ON CONFLICT (return_id, measure_id) DO UPDATE SET value = EXCLUDED.value`);
const CLEAR_AMENDMENTS = new PreparedStatement(`DELETE FROM review_amendment WHERE return_id = $1`);
const INSERT_AMENDMENT = new PreparedStatement(`
  INSERT INTO review_amendment (return_id, kind, new_due_date, new_scope, measure_id, new_target, reason, position)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`);

/** The cycle a return belongs to; undefined when there is no such return. */
export async function selectReturnCycleId(db: EntityManager, id: string): Promise<string | undefined> {
  const [row] = await runPrepared<{ cycle_id: string }>(db, RETURN_CYCLE, [id]);
  return row?.cycle_id;
}

/** Locks the return's row until the transaction ends. */
export async function lockReturn(db: EntityManager, id: string) {
  const [row] = await runPrepared<{ status: ReturnStatus; owner_id: string; version: number }>(db, LOCK_RETURN, [id]);
  return row;
}

export async function bumpReturnVersion(db: EntityManager, id: string): Promise<void> {
  await runPrepared(db, BUMP_RETURN, [id]);
}

export async function markSubmitted(db: EntityManager, id: string, byId: string): Promise<void> {
  await runPrepared(db, SUBMIT, [id, byId]);
}

export async function markSentBack(db: EntityManager, id: string, comment: string, byId: string): Promise<void> {
  await runPrepared(db, SEND_BACK, [id, comment, byId]);
}

export async function markAccepted(db: EntityManager, id: string, byId: string): Promise<void> {
  await runPrepared(db, ACCEPT, [id, byId]);
}

/** The action's start date (YYYY-MM-DD or null). */
export async function selectActionStart(db: EntityManager, actionId: string): Promise<string | null> {
  const [{ start_date }] = await runPrepared<{ start_date: string | null }>(db, ACTION_START, [actionId]);
  return start_date;
}

/** status, action_status, rag, rag_reason, corrective_action, revised_date, narrative, next_steps, in that order. */
export async function saveContent(db: EntityManager, id: string, fields: unknown[]): Promise<void> {
  await runPrepared(db, SAVE_CONTENT, [id, ...fields]);
}

/** A value of null removes the return's value for the measure. */
export async function setMeasureValue(db: EntityManager, returnId: string, measureId: string, value: number | null): Promise<void> {
  if (value === null) await runPrepared(db, CLEAR_MEASURE_VALUE, [returnId, measureId]);
  else await runPrepared(db, SET_MEASURE_VALUE, [returnId, measureId, value]);
}

export async function clearAmendments(db: EntityManager, returnId: string): Promise<void> {
  await runPrepared(db, CLEAR_AMENDMENTS, [returnId]);
}

/** kind, new_due_date, new_scope, measure_id, new_target, reason, position, in that order. */
export async function insertAmendment(db: EntityManager, returnId: string, fields: unknown[]): Promise<void> {
  await runPrepared(db, INSERT_AMENDMENT, [returnId, ...fields]);
}

import type { EntityManager } from 'typeorm';
import { PreparedStatement, runPrepared } from '../database/prepared-statement.js';

/** The statements that apply accepted amendments to their actions at sign-off (amendment-application.ts decides). */

export interface PendingAmendment {
  id: string;
  kind: 'due_date' | 'scope' | 'measure_target';
  new_due_date: string | null;
  new_scope: string | null;
  measure_id: string | null;
  new_target: string | null;
  reason: string;
  action_id: string;
  reference: string;
}

export interface AmendedMeasureRow {
  id: string;
  name: string;
  unit: string;
  target: string | null;
  baseline: string | null;
}

const PENDING = new PreparedStatement(`
  SELECT am.id, am.kind, am.new_due_date::text AS new_due_date, am.new_scope, am.measure_id, am.new_target, am.reason,
         r.action_id, a.reference
  FROM review_amendment am
  JOIN review_return r ON r.id = am.return_id
  JOIN action a ON a.id = r.action_id
  WHERE r.cycle_id = $1 AND r.status = 'accepted' AND am.applied_at IS NULL
  ORDER BY a.reference, am.position, am.id`);
const LOCK_ACTION = new PreparedStatement(`
  SELECT due_date::text AS due_date, start_date::text AS start_date, description FROM action WHERE id = $1 FOR UPDATE`);
const MEASURES = new PreparedStatement(`SELECT id, name, unit, target, baseline FROM measure WHERE action_id = $1 ORDER BY created_at, name, id`);
const SET_DUE_DATE = new PreparedStatement(`UPDATE action SET due_date = $2 WHERE id = $1`);
const SET_SCOPE = new PreparedStatement(`UPDATE action SET description = $2 WHERE id = $1`);
const SET_TARGET = new PreparedStatement(`UPDATE measure SET target = $3 WHERE id = $2 AND action_id = $1`);
const BUMP_ACTION = new PreparedStatement(`UPDATE action SET version = version + 1, updated_at = now() WHERE id = $1`);
const MARK_APPLIED = new PreparedStatement(`UPDATE review_amendment SET applied_at = now() WHERE id = $1`);

/** The cycle's accepted returns' amendments not yet applied, in reference order. */
export const selectPendingAmendments = (db: EntityManager, cycleId: string) => runPrepared<PendingAmendment>(db, PENDING, [cycleId]);

/** The action's fields an amendment can change, its row locked until the transaction ends. */
export async function lockAmendedAction(db: EntityManager, actionId: string) {
  const [action] = await runPrepared<{ due_date: string | null; start_date: string | null; description: string }>(db, LOCK_ACTION, [actionId]);
  const measures = await runPrepared<AmendedMeasureRow>(db, MEASURES, [actionId]);
  return { action, measures };
}

export async function setDueDate(db: EntityManager, actionId: string, dueDate: string | null): Promise<void> {
  await runPrepared(db, SET_DUE_DATE, [actionId, dueDate]);
}

export async function setScope(db: EntityManager, actionId: string, scope: string | null): Promise<void> {
  await runPrepared(db, SET_SCOPE, [actionId, scope]);
}

export async function setMeasureTarget(db: EntityManager, actionId: string, measureId: string | null, target: string | null): Promise<void> {
  await runPrepared(db, SET_TARGET, [actionId, measureId, target]);
}

/** The action's version moves (so stale edits are caught) and the amendment is marked applied. */
export async function markAmendmentApplied(db: EntityManager, actionId: string, amendmentId: string): Promise<void> {
  await runPrepared(db, BUMP_ACTION, [actionId]);
  await runPrepared(db, MARK_APPLIED, [amendmentId]);
}

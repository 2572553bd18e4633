import { RETURN_STATUSES, type ReturnStatus, type ReviewCycleDetail, type ReviewCycleStatus, type ReviewCycleSummary } from '@steerline/contracts';
import type { EntityManager } from 'typeorm';
import { PreparedStatement, runPrepared } from '../database/prepared-statement.js';

/** A cycle as everyone sees it; `can` is added per user. */
export type ReviewCycleView = Omit<ReviewCycleDetail, 'can'>;

interface CycleRow {
  id: string;
  name: string;
  period_start: string;
  period_end: string;
  returns_due: string;
  reminder_days_before: number;
  status: ReviewCycleStatus;
  signed_off_at: Date | null;
  signed_off_by_id: string | null;
  signed_off_by_name: string | null;
  version: number;
  created_at: Date;
  opened_at: Date | null;
  board_review_at: Date | null;
  counts: Partial<Record<ReturnStatus, number>>;
}

const CYCLE_SQL = `
  SELECT c.id, c.name, c.period_start::text AS period_start, c.period_end::text AS period_end, c.returns_due::text AS returns_due,
         c.reminder_days_before, c.status, c.signed_off_at, s.id AS signed_off_by_id, s.name AS signed_off_by_name, c.version,
         c.created_at, c.opened_at, c.board_review_at,
         COALESCE((SELECT jsonb_object_agg(counted.status, counted.n)
                   FROM (SELECT r.status, count(*)::int AS n FROM review_return r WHERE r.cycle_id = c.id GROUP BY r.status) counted), '{}') AS counts
  FROM review_cycle c
  LEFT JOIN app_user s ON s.id = c.signed_off_by_id`;

const CYCLES = new PreparedStatement(`${CYCLE_SQL} ORDER BY c.period_start DESC, c.period_end DESC, c.created_at DESC, c.id`);
const CYCLE = new PreparedStatement(`${CYCLE_SQL} WHERE c.id = $1`);

function toCycleSummary(row: CycleRow): ReviewCycleSummary {
  const returnCounts = Object.fromEntries(RETURN_STATUSES.map((status) => [status, row.counts[status] ?? 0])) as Record<ReturnStatus, number>;
  return {
    id: row.id,
    name: row.name,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    returnsDue: row.returns_due,
    reminderDaysBefore: row.reminder_days_before,
    status: row.status,
    returnCounts,
    totalReturns: Object.values(returnCounts).reduce((sum, n) => sum + n, 0),
    signedOffAt: row.signed_off_at?.toISOString() ?? null,
    signedOffBy: row.signed_off_by_id ? { id: row.signed_off_by_id, name: row.signed_off_by_name! } : null,
    version: row.version,
  };
}

/** Every cycle, newest period first. */
export async function readCycles(db: EntityManager): Promise<ReviewCycleSummary[]> {
  const rows = await runPrepared<CycleRow>(db, CYCLES);
  return rows.map(toCycleSummary);
}

export async function readCycle(db: EntityManager, id: string): Promise<ReviewCycleView | null> {
  const [row] = await runPrepared<CycleRow>(db, CYCLE, [id]);
  if (!row) return null;
  return {
    ...toCycleSummary(row),
    createdAt: row.created_at.toISOString(),
    openedAt: row.opened_at?.toISOString() ?? null,
    boardReviewAt: row.board_review_at?.toISOString() ?? null,
  };
}

/** The fields of a cycle the audit trail records. */
export const cycleAuditFields = (cycle: ReviewCycleView) => ({
  name: cycle.name,
  periodStart: cycle.periodStart,
  periodEnd: cycle.periodEnd,
  returnsDue: cycle.returnsDue,
  reminderDaysBefore: cycle.reminderDaysBefore,
  status: cycle.status,
});

/* Changes to cycles: the services and review-cycle-moves.ts decide, these write. */

const LOCK_FOR = {
  update: new PreparedStatement(`SELECT id, strategy_id, status, version FROM review_cycle WHERE id = $1 FOR UPDATE`),
  share: new PreparedStatement(`SELECT id, strategy_id, status, version FROM review_cycle WHERE id = $1 FOR SHARE`),
};
const CYCLE_EXISTS = new PreparedStatement(`SELECT 1 FROM review_cycle WHERE id = $1`);
const INSERT_CYCLE = new PreparedStatement(`
  INSERT INTO review_cycle (strategy_id, name, period_start, period_end, returns_due, reminder_days_before, created_by_id)
  VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`);
const EDIT_CYCLE = new PreparedStatement(`
  UPDATE review_cycle SET name = $2, period_start = $3, period_end = $4, returns_due = $5, reminder_days_before = $6 WHERE id = $1`);
const MOVE_CYCLE = new PreparedStatement(`UPDATE review_cycle SET status = $2, version = version + 1, updated_at = now() WHERE id = $1`);
const CYCLE_IN_PROGRESS = new PreparedStatement(`
  SELECT name FROM review_cycle WHERE strategy_id = $1 AND id <> $2 AND status IN ('open', 'board_review')`);
const MARK_OPENED = new PreparedStatement(`UPDATE review_cycle SET opened_at = now(), opened_by_id = $2 WHERE id = $1`);
const MARK_BOARD_REVIEW = new PreparedStatement(`UPDATE review_cycle SET board_review_at = now() WHERE id = $1`);
const CREATE_RETURNS = new PreparedStatement(`
  WITH created AS (
    INSERT INTO review_return (cycle_id, action_id, owner_id)
    SELECT $1, a.id, a.owner_id FROM action a WHERE a.strategy_id = $2 AND a.status <> 'cancelled'
    RETURNING id, action_id, owner_id)
  SELECT created.*, a.reference, a.title FROM created JOIN action a ON a.id = created.action_id ORDER BY a.reference`);
const SNAPSHOT = new PreparedStatement(`INSERT INTO review_cycle_snapshot (cycle_id, report) VALUES ($1, $2)`);
const MARK_SIGNED_OFF = new PreparedStatement(`UPDATE review_cycle SET signed_off_at = $2, signed_off_by_id = $3 WHERE id = $1`);

/** Locks the cycle's row until the transaction ends (FOR UPDATE or FOR SHARE); undefined when there is none. */
export async function lockCycleRow(db: EntityManager, id: string, mode: keyof typeof LOCK_FOR) {
  const [row] = await runPrepared<{ id: string; strategy_id: string; status: ReviewCycleStatus; version: number }>(db, LOCK_FOR[mode], [id]);
  return row;
}

export const cycleExists = async (db: EntityManager, id: string) => (await runPrepared(db, CYCLE_EXISTS, [id])).length > 0;

export interface CycleFields {
  name: string;
  periodStart: string;
  periodEnd: string;
  returnsDue: string;
  reminderDaysBefore: number;
}

export async function insertCycle(db: EntityManager, strategyId: string, c: CycleFields, createdById: string): Promise<string> {
  const [{ id }] = await runPrepared<{ id: string }>(db, INSERT_CYCLE, [
    strategyId, c.name, c.periodStart, c.periodEnd, c.returnsDue, c.reminderDaysBefore, createdById,
  ]);
  return id;
}

export async function updateCycleFields(db: EntityManager, id: string, c: CycleFields): Promise<void> {
  await runPrepared(db, EDIT_CYCLE, [id, c.name, c.periodStart, c.periodEnd, c.returnsDue, c.reminderDaysBefore]);
}

export async function moveCycleTo(db: EntityManager, id: string, status: ReviewCycleStatus): Promise<void> {
  await runPrepared(db, MOVE_CYCLE, [id, status]);
}

/** Another cycle of the strategy that is open or in board review, if any. */
export async function selectOtherCycleInProgress(db: EntityManager, strategyId: string, exceptId: string): Promise<{ name: string } | undefined> {
  const [row] = await runPrepared<{ name: string }>(db, CYCLE_IN_PROGRESS, [strategyId, exceptId]);
  return row;
}

export async function markOpened(db: EntityManager, id: string, byId: string): Promise<void> {
  await runPrepared(db, MARK_OPENED, [id, byId]);
}

export async function markBoardReview(db: EntityManager, id: string): Promise<void> {
  await runPrepared(db, MARK_BOARD_REVIEW, [id]);
}

/** One return per live action of the strategy, assigned to its owner; the returns created, in reference order. */
export const createReturns = (db: EntityManager, cycleId: string, strategyId: string) =>
  runPrepared<{ id: string; action_id: string; owner_id: string; reference: string; title: string }>(db, CREATE_RETURNS, [cycleId, strategyId]);

/** Freezes the report as the cycle's snapshot and marks the cycle signed off. */
export async function recordSignOff(db: EntityManager, id: string, report: unknown, at: Date, byId: string): Promise<void> {
  await runPrepared(db, SNAPSHOT, [id, JSON.stringify(report)]);
  await runPrepared(db, MARK_SIGNED_OFF, [id, at, byId]);
}

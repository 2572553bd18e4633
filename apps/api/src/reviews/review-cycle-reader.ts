import { RETURN_STATUSES, type ReturnStatus, type ReviewCycleDetail, type ReviewCycleStatus, type ReviewCycleSummary } from '@steerline/contracts';
import type { EntityManager } from 'typeorm';

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
  const rows: CycleRow[] = await db.query(`${CYCLE_SQL} ORDER BY c.period_start DESC, c.period_end DESC, c.created_at DESC, c.id`);
  return rows.map(toCycleSummary);
}

export async function readCycle(db: EntityManager, id: string): Promise<ReviewCycleView | null> {
  const [row]: CycleRow[] = await db.query(`${CYCLE_SQL} WHERE c.id = $1`, [id]);
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

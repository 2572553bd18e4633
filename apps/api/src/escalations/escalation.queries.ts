import type { Escalation, EscalationQueueFilters, EscalationStatus, EscalationUrgency, Page } from '@steerline/contracts';
import type { EntityManager } from 'typeorm';
import { PreparedStatement, runPrepared } from '../database/prepared-statement.js';
import { isOverdue } from './escalations.policy.js';

interface EscalationRow {
  id: string;
  action_id: string;
  action_reference: string;
  action_title: string;
  raised_by_id: string;
  raised_by_name: string;
  raised_at: Date;
  problem: string;
  impact: string;
  decision_sought: string;
  urgency: EscalationUrgency;
  needed_by: string;
  status: EscalationStatus;
  age_days: number;
  today: string;
  reviewer_id: string | null;
  reviewer_name: string | null;
  review_started_at: Date | null;
  decision: 'agreed' | 'declined' | null;
  decision_text: string | null;
  conditions: string | null;
  decided_by_id: string | null;
  decided_by_name: string | null;
  decided_at: Date | null;
  meeting_id: string | null;
  meeting_date: string | null;
  meeting_title: string | null;
  follow_up_owner_id: string | null;
  follow_up_owner_name: string | null;
  follow_up_due: string | null;
  follow_up_milestone_id: string | null;
  outcome: string | null;
  resolved_by_id: string | null;
  resolved_by_name: string | null;
  resolved_at: Date | null;
  version: number;
}

/**
 * The columns of an escalation as the API answers it, over `escalation e` and the JOINS below.
 * The optional people are looked up by scalar subqueries rather than four more LEFT JOINs of app_user: the planner
 * searched join orders for nine tables on every call. Board queue (150 rows, bench data): planning 3.3 -> 0.8 ms,
 * 8.2 -> 5.6 ms median per statement; the plan still reads each person by app_user_pkey.
 * The action is read per escalation by action_pkey (the OFFSET 0 keeps the planner from flattening the LATERAL
 * subquery): for the queue's 150 escalations the plan was a Seq Scan of all 5,000 actions (427 buffers) and a Hash
 * Join, execution 6.4 -> 1.9 ms, 6.5 -> 4.3 ms median per statement including reading the rows.
 */
const COLUMNS = `
  e.id, e.action_id, a.reference AS action_reference, a.title AS action_title,
  e.raised_by_id, rb.name AS raised_by_name, e.raised_at, e.problem, e.impact, e.decision_sought, e.urgency,
  e.needed_by::text AS needed_by, e.status, (current_date - e.raised_at::date) AS age_days, current_date::text AS today,
  e.reviewer_id, (SELECT name FROM app_user WHERE id = e.reviewer_id) AS reviewer_name, e.review_started_at,
  e.decision, e.decision_text, e.conditions, e.decided_by_id,
  (SELECT name FROM app_user WHERE id = e.decided_by_id) AS decided_by_name, e.decided_at,
  e.decided_in_meeting_id AS meeting_id, m.meeting_date::text AS meeting_date, m.title AS meeting_title,
  e.follow_up_owner_id, (SELECT name FROM app_user WHERE id = e.follow_up_owner_id) AS follow_up_owner_name,
  e.follow_up_due::text AS follow_up_due, e.follow_up_milestone_id, e.outcome, e.resolved_by_id,
  (SELECT name FROM app_user WHERE id = e.resolved_by_id) AS resolved_by_name, e.resolved_at, e.version`;

const JOINS = `
  JOIN LATERAL (SELECT reference, title FROM action WHERE id = e.action_id OFFSET 0) a ON true
  JOIN app_user rb ON rb.id = e.raised_by_id
  LEFT JOIN board_meeting m ON m.id = e.decided_in_meeting_id`;

/*
 * The statements below are prepared (PreparedStatement): parsed and planned once per pooled connection, with one
 * generic plan that suits every parameter value (each looks up by a key, or reads the small queue). Planning was most
 * of their cost: 2.7 ms to plan the queue's statement against 1.8 ms to run it (bench data, EXPLAIN ANALYZE).
 */

const ONE = new PreparedStatement(`SELECT ${COLUMNS} FROM escalation e ${JOINS} WHERE e.id = $1`);

const AGENDA = new PreparedStatement(
  `SELECT ${COLUMNS} FROM escalation e ${JOINS} JOIN board_meeting_agenda_item ai ON ai.escalation_id = e.id
   WHERE ai.meeting_id = $1 ORDER BY ai.position`,
);

/**
 * An action's escalations, newest first, in one statement with the check that the action exists: no row when it does
 * not, one row of nulls when it has no escalations. Bench data (an action with 4): two statements, 0.9 ms of the
 * PostgreSQL backend's CPU, became one taking 0.2 ms.
 */
const FOR_ACTION = new PreparedStatement(
  `SELECT d.* FROM action x
   LEFT JOIN LATERAL (SELECT ${COLUMNS} FROM escalation e ${JOINS} WHERE e.action_id = x.id) d ON true
   WHERE x.id = $1
   ORDER BY d.raised_at DESC, d.id`,
);

const person = (id: string | null, name: string | null) => (id ? { id, name: name ?? '' } : null);

function toEscalationResponse(row: EscalationRow): Escalation {
  return {
    id: row.id,
    action: { id: row.action_id, reference: row.action_reference, title: row.action_title },
    raisedBy: { id: row.raised_by_id, name: row.raised_by_name },
    raisedAt: row.raised_at.toISOString(),
    problem: row.problem,
    impact: row.impact,
    decisionSought: row.decision_sought,
    urgency: row.urgency,
    neededBy: row.needed_by,
    status: row.status,
    ageDays: Number(row.age_days),
    overdue: isOverdue(row.status, row.needed_by, row.today),
    reviewer: person(row.reviewer_id, row.reviewer_name),
    reviewStartedAt: row.review_started_at?.toISOString() ?? null,
    decision:
      row.decision && row.decision_text && row.decided_at && row.decided_by_id
        ? {
            outcome: row.decision,
            text: row.decision_text,
            conditions: row.conditions,
            decidedBy: { id: row.decided_by_id, name: row.decided_by_name ?? '' },
            decidedAt: row.decided_at.toISOString(),
            meeting: row.meeting_id ? { id: row.meeting_id, meetingDate: row.meeting_date ?? '', title: row.meeting_title ?? '' } : null,
            followUp:
              row.follow_up_owner_id && row.follow_up_due
                ? { owner: { id: row.follow_up_owner_id, name: row.follow_up_owner_name ?? '' }, dueDate: row.follow_up_due, milestoneId: row.follow_up_milestone_id }
                : null,
          }
        : null,
    outcome: row.outcome,
    resolvedBy: person(row.resolved_by_id, row.resolved_by_name),
    resolvedAt: row.resolved_at?.toISOString() ?? null,
    version: row.version,
  };
}

export async function readEscalation(db: EntityManager, id: string): Promise<Escalation | null> {
  const [row] = await runPrepared<EscalationRow>(db, ONE, [id]);
  return row ? toEscalationResponse(row) : null;
}

/** The escalations on a board meeting's agenda, in the order they were added. */
export async function readAgenda(db: EntityManager, meetingId: string): Promise<Escalation[]> {
  const rows = await runPrepared<EscalationRow>(db, AGENDA, [meetingId]);
  return rows.map(toEscalationResponse);
}

/** Every escalation on one action, newest first; null when there is no such action. */
export async function readActionEscalations(db: EntityManager, actionId: string): Promise<Escalation[] | null> {
  const rows = await runPrepared<EscalationRow | { id: null }>(db, FOR_ACTION, [actionId]);
  if (rows.length === 0) return null;
  return rows.filter((row): row is EscalationRow => row.id !== null).map(toEscalationResponse);
}

/**
 * The action a priority or body filter looks at, read by action_pkey for each escalation in the queue (the OFFSET 0
 * keeps the planner from flattening it): the generic plan otherwise guesses that many actions match and scans them all,
 * 1.8 ms of the 2.6 ms statement for `priority=2&body=<id>&urgency=urgent,high` on bench data.
 */
const FILTER_ACTION = 'JOIN LATERAL (SELECT priority_id, owning_body_id FROM action WHERE id = e.action_id OFFSET 0) fa ON true';

/** Which filters a queue request uses: each combination is its own prepared statement, with no catch-all conditions. */
const queueStatements = new Map<string, PreparedStatement>();

/**
 * The statement for one combination of filters. $1 and $2 are the page's LIMIT and OFFSET; the filters follow.
 *
 * - `matches` finds the queue (open and under review: escalation_queue_idx) and the sort keys only, joining the action
 *   only when a filter needs it. It is read twice, for the count and for the page, so it is materialised once.
 * - `page` sorts it and keeps the page's ids (a deferred join): the escalations' details, people and actions are read
 *   for the 25 rows shown, not for the whole queue.
 * - The count is one row that the page joins onto, so a page past the end still answers the total, in one statement.
 *
 * Bench data (150 in the queue), CPU of the PostgreSQL backend per request: 3.2 ms for the whole queue unnamed
 * (planned each time), 0.8 ms for a page of 25 prepared; of that, 0.3 ms finds, counts and sorts the queue.
 */
function queueStatement(filters: { priority: boolean; body: boolean; urgency: boolean }): PreparedStatement {
  const key = `${+filters.priority}${+filters.body}${+filters.urgency}`;
  let statement = queueStatements.get(key);
  if (!statement) {
    const withAction = filters.priority || filters.body;
    const conditions: string[] = [];
    let next = 3;
    if (filters.priority) {
      // Numbers resolved to ids in the same statement (as the action list does): one condition on the action's priority.
      conditions.push(`fa.priority_id = ANY($${next++}::uuid[] || ARRAY(SELECT id FROM priority WHERE number = ANY($${next++}::int[])))`);
    }
    if (filters.body) conditions.push(`fa.owning_body_id = ANY($${next++}::uuid[])`);
    if (filters.urgency) conditions.push(`e.urgency = ANY($${next++}::text[])`);
    statement = new PreparedStatement(`
      WITH matches AS MATERIALIZED (
        SELECT e.id, e.needed_by < current_date AS past_due, e.raised_at,
               CASE e.urgency WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 ELSE 2 END AS urgency_rank
        FROM escalation e ${withAction ? FILTER_ACTION : ''}
        WHERE e.status IN ('open', 'under_review') ${conditions.map((condition) => `AND ${condition}`).join(' ')}
      ),
      page AS (
        SELECT id, row_number() OVER (ORDER BY past_due DESC, urgency_rank, raised_at, id) AS position
        FROM matches
        ORDER BY past_due DESC, urgency_rank, raised_at, id
        LIMIT $1 OFFSET $2
      )
      SELECT total.total, d.*
      FROM (SELECT count(*)::int AS total FROM matches) total
      LEFT JOIN (SELECT p.position, ${COLUMNS} FROM page p JOIN escalation e ON e.id = p.id ${JOINS}) d ON true
      ORDER BY d.position`);
    queueStatements.set(key, statement);
  }
  return statement;
}

/**
 * One page of the board's queue: open and under-review escalations, those past their needed-by date first,
 * then by urgency (urgent, high, routine), then oldest first.
 */
export async function readQueue(db: EntityManager, filters: EscalationQueueFilters, { page, pageSize }: { page: number; pageSize: number }): Promise<Page<Escalation>> {
  const priority = filters.priority?.map((value) => value.toLowerCase());
  const statement = queueStatement({ priority: !!priority?.length, body: !!filters.body?.length, urgency: !!filters.urgency?.length });
  const parameters: unknown[] = [pageSize, (page - 1) * pageSize];
  if (priority?.length) {
    parameters.push(priority.filter((value) => value.includes('-')), priority.filter((value) => !value.includes('-')).map(Number));
  }
  if (filters.body?.length) parameters.push(filters.body);
  if (filters.urgency?.length) parameters.push(filters.urgency);
  const rows = await runPrepared<(EscalationRow | { id: null }) & { total: number }>(db, statement, parameters);
  const items = rows.filter((row): row is EscalationRow & { total: number } => row.id !== null).map(toEscalationResponse);
  return { items, total: rows[0]?.total ?? 0, page, pageSize };
}

import type { EntityManager } from 'typeorm';
import { PreparedStatement, runPrepared } from '../../database/prepared-statement.js';

export type DueKind = 'return' | 'follow_up' | 'milestone' | 'no_update';

/** One thing an owner has to do, with where they do it; `due` is a date (YYYY-MM-DD) or, for no_update, the last update's. */
export interface DueItem {
  owner_id: string;
  email: string;
  kind: DueKind;
  reference: string;
  title: string;
  detail: string | null;
  due: string | null;
  path: string;
}

/**
 * Everything due for every active owner who takes the weekly e-mail, as of `$1` (their UK date): returns still in
 * their hands in cycles collecting returns, follow-ups the board asked of them in an agreed decision, milestones of
 * their live actions not done and due within 14 days (or late), and live actions with no update in 30 days.
 */
const DUE = new PreparedStatement(`
  WITH owner AS (SELECT id, email FROM app_user WHERE is_active AND weekly_due_email)
  SELECT o.id AS owner_id, o.email, due.kind, due.reference, due.title, due.detail, due.due, due.path
  FROM owner o
  JOIN LATERAL (
    SELECT 'return' AS kind, 1 AS rank, a.reference, a.title, c.name AS detail, to_char(c.returns_due, 'YYYY-MM-DD') AS due,
           '/reviews/returns/' || r.id AS path
    FROM review_return r JOIN review_cycle c ON c.id = r.cycle_id JOIN action a ON a.id = r.action_id
    WHERE r.owner_id = o.id AND c.status IN ('open', 'board_review') AND r.status IN ('not_started', 'draft', 'sent_back')
    UNION ALL
    SELECT 'follow_up', 2, a.reference, a.title, e.decision_text, to_char(e.follow_up_due, 'YYYY-MM-DD'), '/escalations/' || e.id
    FROM escalation e JOIN action a ON a.id = e.action_id
    WHERE e.follow_up_owner_id = o.id AND e.status = 'agreed'
    UNION ALL
    SELECT 'milestone', 3, a.reference, a.title, m.title, to_char(m.due_date, 'YYYY-MM-DD'), '/actions/' || a.id
    FROM milestone m JOIN action a ON a.id = m.action_id
    WHERE a.owner_id = o.id AND a.status IN ('not_started', 'in_progress') AND m.done_date IS NULL AND m.due_date <= $1::date + 14
    UNION ALL
    SELECT 'no_update', 4, a.reference, a.title, NULL,
           to_char(a.last_update_at AT TIME ZONE 'Europe/London', 'YYYY-MM-DD'), '/actions/' || a.id || '/updates/new'
    FROM action a
    WHERE a.owner_id = o.id AND a.status IN ('not_started', 'in_progress')
      AND coalesce(a.last_update_at, a.created_at) < ($1::date - 30)::timestamp AT TIME ZONE 'Europe/London'
  ) due ON true
  ORDER BY o.id, due.rank, due.due NULLS FIRST, due.reference`);

export const selectEverythingDue = (db: EntityManager, today: string) => runPrepared<DueItem>(db, DUE, [today]);

/** Claims this week's e-mail for the person: true for the one run (of any replica) that may send it. */
const CLAIM = new PreparedStatement(`
  WITH claimed AS (
    INSERT INTO weekly_due_sent (user_id, week_of, items) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING user_id
  )
  SELECT user_id FROM claimed`);

export async function claimWeek(db: EntityManager, userId: string, weekOf: string, items: number): Promise<boolean> {
  return (await runPrepared(db, CLAIM, [userId, weekOf, items])).length === 1;
}

const SET_CHOICE = new PreparedStatement(`UPDATE app_user SET weekly_due_email = $2 WHERE id = $1`);
const CHOICE = new PreparedStatement(`SELECT weekly_due_email FROM app_user WHERE id = $1`);

export async function setWeeklyDueChoice(db: EntityManager, userId: string, wanted: boolean): Promise<void> {
  await runPrepared(db, SET_CHOICE, [userId, wanted]);
}

export async function selectWeeklyDueChoice(db: EntityManager, userId: string): Promise<boolean> {
  const [row] = await runPrepared<{ weekly_due_email: boolean }>(db, CHOICE, [userId]);
  return row?.weekly_due_email ?? false;
}

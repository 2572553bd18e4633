import type { EntityManager } from 'typeorm';
import { PreparedStatement, runPrepared } from '../database/prepared-statement.js';
import type { PendingReturn } from './reminder-notices.js';
import type { ReminderKind } from './reminder-rules.js';

// Same order in every replica, so two runs racing wait on each other instead of deadlocking.
const CLAIM = new PreparedStatement(`
  INSERT INTO review_reminder (return_id, kind)
  SELECT owed.return_id, owed.kind
  FROM unnest($1::uuid[], $2::text[]) WITH ORDINALITY AS owed(return_id, kind, position)
  JOIN review_return r ON r.id = owed.return_id AND r.status = ANY($3::text[])
  ORDER BY owed.position
  ON CONFLICT DO NOTHING
  RETURNING return_id, kind`);
const PENDING_RETURNS = new PreparedStatement(`
  SELECT r.id AS "returnId", r.owner_id AS "ownerId", r.status, c.id AS "cycleId", c.name AS "cycleName",
         to_char(c.returns_due, 'YYYY-MM-DD') AS "returnsDue", c.reminder_days_before AS "reminderDaysBefore",
         a.id AS "actionId", a.reference, a.title,
         array(SELECT m.kind FROM review_reminder m WHERE m.return_id = r.id) AS "sentKinds"
  FROM review_return r
  JOIN review_cycle c ON c.id = r.cycle_id
  JOIN action a ON a.id = r.action_id
  JOIN app_user u ON u.id = r.owner_id
  WHERE c.status = ANY($1::text[]) AND r.status = ANY($2::text[]) AND u.is_active
  ORDER BY r.id`);

/** Records each reminder (return, kind) not sent yet for a return still in one of `statuses`; the ones this call won. */
export const claimReminders = (db: EntityManager, returnIds: string[], kinds: ReminderKind[], statuses: readonly string[]) =>
  runPrepared<{ return_id: string; kind: ReminderKind }>(db, CLAIM, [returnIds, kinds, statuses]);

/** The returns of active owners still pending in cycles collecting returns, with the reminders each has had. */
export const selectPendingReturns = (db: EntityManager, cycleStatuses: readonly string[], returnStatuses: readonly string[]) =>
  runPrepared<PendingReturn & { reminderDaysBefore: number; sentKinds: ReminderKind[] }>(db, PENDING_RETURNS, [cycleStatuses, returnStatuses]);

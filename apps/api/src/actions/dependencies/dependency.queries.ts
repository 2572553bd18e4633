import type { ActionStatus, Rag } from '@steerline/contracts';
import type { EntityManager } from 'typeorm';
import { PreparedStatement, runPrepared } from '../../database/prepared-statement.js';

/** One linked action, and (for a blocker) what the rules need to judge it against the action waiting on it. */
export interface LinkRow {
  id: string;
  reference: string;
  title: string;
  status: ActionStatus;
  rag: Rag;
  due_date: string | null;
  owner_id: string;
  owner_name: string;
  overdue: boolean;
  /** The due date of the action at the other end of the link. */
  other_due_date: string | null;
}

const LINKED = `
  a.id, a.reference, a.title, a.status, a.rag, to_char(a.due_date, 'YYYY-MM-DD') AS due_date, a.owner_id,
  (SELECT u.name FROM app_user u WHERE u.id = a.owner_id) AS owner_name,
  (a.due_date IS NOT NULL AND a.due_date < current_date AND a.status NOT IN ('complete', 'cancelled')) AS overdue,
  to_char(other.due_date, 'YYYY-MM-DD') AS other_due_date`;

const BLOCKERS = new PreparedStatement(`
  SELECT ${LINKED} FROM action_dependency d JOIN action a ON a.id = d.blocker_id JOIN action other ON other.id = d.blocked_id
  WHERE d.blocked_id = $1 ORDER BY a.reference, a.id`);
const BLOCKED = new PreparedStatement(`
  SELECT ${LINKED} FROM action_dependency d JOIN action a ON a.id = d.blocked_id JOIN action other ON other.id = d.blocker_id
  WHERE d.blocker_id = $1 ORDER BY a.reference, a.id`);

export const selectBlockers = (db: EntityManager, actionId: string) => runPrepared<LinkRow>(db, BLOCKERS, [actionId]);
export const selectBlocked = (db: EntityManager, actionId: string) => runPrepared<LinkRow>(db, BLOCKED, [actionId]);

/** Links are added and removed one at a time across the whole plan, so no two can close a cycle together. */
const LOCK_LINKS = new PreparedStatement(`SELECT pg_advisory_xact_lock(hashtext('steerline.action_dependency'))`);

export async function lockLinks(db: EntityManager): Promise<void> {
  await runPrepared(db, LOCK_LINKS);
}

/** Whether `blockerId` already waits, directly or through others, on `blockedId`: the new link would close a cycle. */
const WOULD_CYCLE = new PreparedStatement(`
  WITH RECURSIVE upstream AS (
    SELECT blocker_id FROM action_dependency WHERE blocked_id = $1
    UNION
    SELECT d.blocker_id FROM action_dependency d JOIN upstream u ON d.blocked_id = u.blocker_id
  )
  SELECT EXISTS (SELECT 1 FROM upstream WHERE blocker_id = $2) AS cycle`);

export async function wouldCloseCycle(db: EntityManager, blockedId: string, blockerId: string): Promise<boolean> {
  const [row] = await runPrepared<{ cycle: boolean }>(db, WOULD_CYCLE, [blockerId, blockedId]);
  return row.cycle;
}

const INSERT = new PreparedStatement(`
  INSERT INTO action_dependency (blocked_id, blocker_id, created_by_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING blocked_id`);

/** False when the link was there already. */
export async function insertLink(db: EntityManager, blockedId: string, blockerId: string, actorId: string): Promise<boolean> {
  return (await runPrepared(db, INSERT, [blockedId, blockerId, actorId])).length > 0;
}

const DELETE = new PreparedStatement(`DELETE FROM action_dependency WHERE blocked_id = $1 AND blocker_id = $2 RETURNING blocked_id`);

export async function deleteLink(db: EntityManager, blockedId: string, blockerId: string): Promise<boolean> {
  return (await runPrepared(db, DELETE, [blockedId, blockerId])).length > 0;
}

/** The actions waiting on this one that are still open, with their owners and due dates. */
export interface DependentRow {
  id: string;
  reference: string;
  title: string;
  owner_id: string;
  due_date: string | null;
}

const DEPENDENTS = new PreparedStatement(`
  SELECT a.id, a.reference, a.title, a.owner_id, to_char(a.due_date, 'YYYY-MM-DD') AS due_date
  FROM action_dependency d JOIN action a ON a.id = d.blocked_id
  WHERE d.blocker_id = $1 AND a.status NOT IN ('complete', 'cancelled') ORDER BY a.reference`);

export const selectOpenDependents = (db: EntityManager, blockerId: string) => runPrepared<DependentRow>(db, DEPENDENTS, [blockerId]);

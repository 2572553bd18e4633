import type { ActionStatus, BlockerConcern, Rag } from '@steerline/contracts';
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

/**
 * The shortest chain by which `blockerId` already waits, directly or through others, on `blockedId`: the references
 * from the blocker to the blocked action, each blocked by the next. A link blocked -> blocker would close it into a
 * cycle. Empty when there is none. The links form no cycle, so the walk ends; it stops at the blocked action.
 */
const CYCLE_PATH = new PreparedStatement(`
  WITH RECURSIVE upstream(id, path) AS (
    SELECT d.blocker_id, ARRAY[d.blocked_id, d.blocker_id] FROM action_dependency d WHERE d.blocked_id = $1
    UNION ALL
    SELECT d.blocker_id, u.path || d.blocker_id FROM action_dependency d JOIN upstream u ON d.blocked_id = u.id
    WHERE u.id <> $2 AND NOT d.blocker_id = ANY(u.path)
  ),
  shortest AS (SELECT path FROM upstream WHERE id = $2 ORDER BY cardinality(path) LIMIT 1)
  SELECT a.reference FROM shortest, unnest(shortest.path) WITH ORDINALITY AS step(id, n) JOIN action a ON a.id = step.id ORDER BY step.n`);

export async function existingChain(db: EntityManager, blockedId: string, blockerId: string): Promise<string[]> {
  return (await runPrepared<{ reference: string }>(db, CYCLE_PATH, [blockerId, blockedId])).map((row) => row.reference);
}

/** The action at the other end of a new link, if there is one: what the checks, the rules and the messages need. */
export interface BlockerRow {
  id: string;
  reference: string;
  title: string;
  status: ActionStatus;
  rag: Rag;
  due_date: string | null;
  overdue: boolean;
}

const BLOCKER = new PreparedStatement(`
  SELECT id, reference, title, status, rag, to_char(due_date, 'YYYY-MM-DD') AS due_date,
         (due_date IS NOT NULL AND due_date < current_date AND status NOT IN ('complete', 'cancelled')) AS overdue
  FROM action WHERE id = $1`);

export const selectBlocker = async (db: EntityManager, id: string): Promise<BlockerRow | undefined> => (await runPrepared<BlockerRow>(db, BLOCKER, [id]))[0];

// The concern the blocker gives at the time is recorded as told: whoever links it sees it on the page already.
const INSERT = new PreparedStatement(`
  INSERT INTO action_dependency (blocked_id, blocker_id, created_by_id, notified_concern) VALUES ($1, $2, $3, $4)
  ON CONFLICT DO NOTHING RETURNING blocked_id`);

/** False when the link was there already. */
export async function insertLink(db: EntityManager, blockedId: string, blockerId: string, actorId: string, concern: string | null): Promise<boolean> {
  return (await runPrepared(db, INSERT, [blockedId, blockerId, actorId, concern])).length > 0;
}

// A SELECT over the DELETE (and the UPDATE below): TypeORM answers a bare one with [rows, count] rather than the rows.
const DELETE = new PreparedStatement(`
  WITH deleted AS (DELETE FROM action_dependency WHERE blocked_id = $1 AND blocker_id = $2 RETURNING blocked_id) SELECT blocked_id FROM deleted`);

export async function deleteLink(db: EntityManager, blockedId: string, blockerId: string): Promise<boolean> {
  return (await runPrepared(db, DELETE, [blockedId, blockerId])).length > 0;
}

/** One link as the notice rules judge it: the blocker's state, and the waiting action with its owner. */
export interface WatchedLinkRow {
  blocker_id: string;
  blocker_reference: string;
  blocker_title: string;
  status: ActionStatus;
  rag: Rag;
  due_date: string | null;
  overdue: boolean;
  blocked_id: string;
  blocked_reference: string;
  blocked_title: string;
  blocked_status: ActionStatus;
  blocked_owner_id: string;
  blocked_due_date: string | null;
  notified_concern: Exclude<BlockerConcern, null> | null;
}

const WATCHED = `
  SELECT a.id AS blocker_id, a.reference AS blocker_reference, a.title AS blocker_title, a.status, a.rag,
         to_char(a.due_date, 'YYYY-MM-DD') AS due_date,
         (a.due_date IS NOT NULL AND a.due_date < current_date AND a.status NOT IN ('complete', 'cancelled')) AS overdue,
         w.id AS blocked_id, w.reference AS blocked_reference, w.title AS blocked_title, w.status AS blocked_status,
         w.owner_id AS blocked_owner_id, to_char(w.due_date, 'YYYY-MM-DD') AS blocked_due_date, d.notified_concern
  FROM action_dependency d JOIN action a ON a.id = d.blocker_id JOIN action w ON w.id = d.blocked_id`;

const WATCHED_OF = new PreparedStatement(`${WATCHED} WHERE d.blocker_id = $1 OR d.blocked_id = $1 ORDER BY w.reference, a.reference`);
const WATCHED_ALL = new PreparedStatement(`${WATCHED} ORDER BY w.reference, a.reference`);

/** Every link this action is at either end of. */
export const selectWatchedLinksOf = (db: EntityManager, actionId: string) => runPrepared<WatchedLinkRow>(db, WATCHED_OF, [actionId]);
/** Every link of the plan (a council's plan has dozens of actions, so the links are few). */
export const selectAllWatchedLinks = (db: EntityManager) => runPrepared<WatchedLinkRow>(db, WATCHED_ALL);

// Only the caller that changes the recorded concern gets a row back, so two requests or replicas never both notify.
const CLAIM_CONCERN = new PreparedStatement(`
  WITH claimed AS (
    UPDATE action_dependency SET notified_concern = $3
    WHERE blocked_id = $1 AND blocker_id = $2 AND notified_concern IS DISTINCT FROM $3 RETURNING blocked_id
  ) SELECT blocked_id FROM claimed`);

/** Records the concern as told; false when it was recorded already (by this or another request). */
export async function claimConcern(db: EntityManager, blockedId: string, blockerId: string, concern: string | null): Promise<boolean> {
  return (await runPrepared(db, CLAIM_CONCERN, [blockedId, blockerId, concern])).length > 0;
}

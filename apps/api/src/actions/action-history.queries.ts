import type { ActionHistoryEntry } from '@steerline/contracts';
import type { EntityManager } from 'typeorm';
import { PreparedStatement, runPrepared } from '../database/prepared-statement.js';
import { ISO_TIMESTAMP } from './progress-update.queries.js';

/** One row per audit row; `id` is null when the action has none. */
interface HistoryRow {
  id: string | null;
  occurred_at: string;
  operation: string;
  entity_type: ActionHistoryEntry['entityType'];
  entity_id: string;
  changes: ActionHistoryEntry['changes'];
  actor_id: string | null;
  actor_name: string | null;
}

/**
 * The action (no row: there is none) with the audit trail of it and of the progress updates posted on it, in one
 * statement where there were two (does the action exist, its history). `= ANY(ARRAY(...))` rather than `IN (...)`:
 * both halves of the OR then use audit_event_entity_idx instead of a scan of the whole trail. The actor's name is a
 * subquery, an index probe per row, where the generic plan hashed the whole user table.
 */
const HISTORY = new PreparedStatement(`
  SELECT e.id::text AS id, ${ISO_TIMESTAMP('e.occurred_at')} AS occurred_at, e.operation, e.entity_type, e.entity_id, e.changes,
         e.actor_id, (SELECT u.name FROM app_user u WHERE u.id = e.actor_id) AS actor_name
  FROM action a
  LEFT JOIN LATERAL (
    SELECT * FROM audit_event e
    WHERE (e.entity_type = 'action' AND e.entity_id = a.id::text)
       OR (e.entity_type = 'progress_update' AND e.entity_id = ANY(ARRAY(SELECT pu.id::text FROM progress_update pu WHERE pu.action_id = a.id)))
  ) e ON true
  WHERE a.id = $1
  ORDER BY e.occurred_at DESC, e.id DESC`);

/** The audit trail of one action and of the progress updates posted on it, newest first; null if there is no such action. */
export async function readHistory(db: EntityManager, actionId: string): Promise<ActionHistoryEntry[] | null> {
  const rows = await runPrepared<HistoryRow>(db, HISTORY, [actionId]);
  if (rows.length === 0) return null;
  if (rows[0].id === null) return [];
  return rows.map((row) => ({
    id: row.id!,
    occurredAt: row.occurred_at,
    // No name: no such user (the LEFT JOIN on app_user read that as no actor).
    actor: row.actor_id && row.actor_name !== null ? { id: row.actor_id, name: row.actor_name } : null,
    operation: row.operation,
    entityType: row.entity_type,
    entityId: row.entity_id,
    changes: row.changes,
  }));
}

import type { ActionHistoryEntry } from '@steerline/contracts';
import type { EntityManager } from 'typeorm';

interface HistoryRow {
  id: string;
  occurred_at: Date;
  operation: string;
  entity_type: ActionHistoryEntry['entityType'];
  entity_id: string;
  changes: ActionHistoryEntry['changes'];
  actor_id: string | null;
  actor_name: string | null;
}

/**
 * The audit trail of one action and of the progress updates posted on it, newest first. `= ANY(ARRAY(...))` rather
 * than `IN (...)`: both halves of the OR then use audit_event_entity_idx instead of a scan of the whole trail.
 */
export async function readHistory(db: EntityManager, actionId: string): Promise<ActionHistoryEntry[]> {
  const rows: HistoryRow[] = await db.query(
    `SELECT e.id::text AS id, e.occurred_at, e.operation, e.entity_type, e.entity_id, e.changes, u.id AS actor_id, u.name AS actor_name
     FROM audit_event e LEFT JOIN app_user u ON u.id = e.actor_id
     WHERE (e.entity_type = 'action' AND e.entity_id = $1)
        OR (e.entity_type = 'progress_update' AND e.entity_id = ANY(ARRAY(SELECT id::text FROM progress_update WHERE action_id = $2)))
     ORDER BY e.occurred_at DESC, e.id DESC`,
    [actionId, actionId],
  );
  return rows.map((row) => ({
    id: row.id,
    occurredAt: row.occurred_at.toISOString(),
    actor: row.actor_id ? { id: row.actor_id, name: row.actor_name ?? '' } : null,
    operation: row.operation,
    entityType: row.entity_type,
    entityId: row.entity_id,
    changes: row.changes,
  }));
}

import type { AuditEventRow } from '@steerline/contracts';
import type { EntityManager } from 'typeorm';
import { PreparedStatement, runPrepared } from '../database/prepared-statement.js';

const INSERT = new PreparedStatement(`
  INSERT INTO audit_event (actor_id, operation, entity_type, entity_id, changes) VALUES ($1, $2, $3, $4, $5)`);

export interface AuditEventInsert {
  actorId: string | null;
  operation: string;
  entityType: string;
  entityId: string;
  /** JSON text of the changed fields. */
  changes: string;
}

export async function insertAuditEvent(db: EntityManager, e: AuditEventInsert): Promise<void> {
  await runPrepared(db, INSERT, [e.actorId, e.operation, e.entityType, e.entityId, e.changes]);
}

export interface AuditRow {
  id: string;
  occurred_at: Date;
  actor_id: string | null;
  actor_name: string | null;
  operation: string;
  entity_type: string;
  entity_id: string;
  changes: AuditEventRow['changes'];
}

/** Every filter is optional: a null parameter switches its condition off. Days are whole UTC days. */
const FILTERS = `
  WHERE ($1::text IS NULL OR e.entity_type = $1)
    AND ($2::text IS NULL OR e.entity_id = $2)
    AND ($3::uuid IS NULL OR e.actor_id = $3)
    AND ($4::text IS NULL OR e.operation = $4)
    AND ($5::date IS NULL OR e.occurred_at >= $5::date::timestamp AT TIME ZONE 'UTC')
    AND ($6::date IS NULL OR e.occurred_at < ($6::date + 1)::timestamp AT TIME ZONE 'UTC')`;

const COUNT = new PreparedStatement(`SELECT count(*)::int AS total FROM audit_event e ${FILTERS}`);
const PAGE = new PreparedStatement(`
  SELECT e.id::text AS id, e.occurred_at, e.actor_id, u.name AS actor_name, e.operation, e.entity_type, e.entity_id, e.changes
    FROM audit_event e LEFT JOIN app_user u ON u.id = e.actor_id
    ${FILTERS}
   ORDER BY e.occurred_at DESC, e.id DESC
   LIMIT $7 OFFSET $8`);

/** entity type, entity id, actor, operation, from, to: each null when not filtered on. */
export type AuditFilters = [string | null, string | null, string | null, string | null, string | null, string | null];

export async function countAuditEvents(db: EntityManager, filters: AuditFilters): Promise<number> {
  const [{ total }] = await runPrepared<{ total: number }>(db, COUNT, filters);
  return total;
}

export const selectAuditPage = (db: EntityManager, filters: AuditFilters, limit: number, offset: number) =>
  runPrepared<AuditRow>(db, PAGE, [...filters, limit, offset]);

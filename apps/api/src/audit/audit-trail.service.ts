import { Injectable } from '@nestjs/common';
import type { AuditEventRow, Page } from '@steerline/contracts';
import { DataSource } from 'typeorm';
import { ValidationFailedError } from '../common/errors/domain-error.js';
import type { AuditTrailQueryDto } from './audit-trail.query.js';

interface AuditRow {
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

const toAuditEventRow = (row: AuditRow): AuditEventRow => ({
  id: row.id,
  occurredAt: row.occurred_at.toISOString(),
  actor: row.actor_id ? { id: row.actor_id, name: row.actor_name ?? '' } : null,
  operation: row.operation,
  entityType: row.entity_type,
  entityId: row.entity_id,
  changes: row.changes,
});

/** The administrators' view of the append-only audit trail, newest first. */
@Injectable()
export class AuditTrailService {
  constructor(private readonly db: DataSource) {}

  async find(query: AuditTrailQueryDto): Promise<Page<AuditEventRow>> {
    if (query.from && query.to && query.from > query.to) {
      throw new ValidationFailedError([{ field: 'to', messages: ['to must be the same as or after from'] }]);
    }
    const filters = [query.entityType, query.entityId, query.actor, query.operation, query.from, query.to].map((value) => value ?? null);
    const [{ total }] = await this.db.query(`SELECT count(*)::int AS total FROM audit_event e ${FILTERS}`, filters);
    const rows: AuditRow[] = await this.db.query(
      `SELECT e.id::text AS id, e.occurred_at, e.actor_id, u.name AS actor_name, e.operation, e.entity_type, e.entity_id, e.changes
         FROM audit_event e LEFT JOIN app_user u ON u.id = e.actor_id
         ${FILTERS}
        ORDER BY e.occurred_at DESC, e.id DESC
        LIMIT $7 OFFSET $8`,
      [...filters, query.pageSize, (query.page - 1) * query.pageSize],
    );
    return { items: rows.map(toAuditEventRow), total, page: query.page, pageSize: query.pageSize };
  }
}

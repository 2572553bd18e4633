import { Injectable } from '@nestjs/common';
import type { AuditEventRow, Page } from '@steerline/contracts';
import { DataSource } from 'typeorm';
import { ValidationFailedError } from '../common/errors/domain-error.js';
import type { AuditTrailQueryDto } from './audit-trail.query.js';
import { type AuditFilters, type AuditRow, countAuditEvents, selectAuditPage } from './audit.queries.js';

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
    const filters = [query.entityType, query.entityId, query.actor, query.operation, query.from, query.to].map((value) => value ?? null) as AuditFilters;
    const total = await countAuditEvents(this.db.manager, filters);
    const rows = await selectAuditPage(this.db.manager, filters, query.pageSize, (query.page - 1) * query.pageSize);
    return { items: rows.map(toAuditEventRow), total, page: query.page, pageSize: query.pageSize };
  }
}

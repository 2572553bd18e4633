import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export type AuditOperation = 'create' | 'edit' | 'cancel' | 'sign_off' | 'deactivate' | 'import';

export interface AuditEntry {
  actorId: string | null;
  operation: AuditOperation;
  entityType: string;
  entityId: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

/** Only the fields that changed, each with its value before and after. */
export function changedFields(before: Record<string, unknown> | null | undefined, after: Record<string, unknown> | null | undefined) {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: Record<string, { before: unknown; after: unknown }> = {};
  for (const key of keys) {
    const was = before?.[key] ?? null;
    const now = after?.[key] ?? null;
    if (JSON.stringify(was) !== JSON.stringify(now)) changes[key] = { before: was, after: now };
  }
  return changes;
}

/** Writes audit rows on the caller's transaction, so the change and its record commit or roll back together. */
@Injectable()
export class AuditService {
  async record(manager: EntityManager, entry: AuditEntry): Promise<void> {
    await manager.query(
      `INSERT INTO audit_event (actor_id, operation, entity_type, entity_id, changes) VALUES ($1, $2, $3, $4, $5)`,
      [entry.actorId, entry.operation, entry.entityType, entry.entityId, JSON.stringify(changedFields(entry.before, entry.after))],
    );
  }
}

/** One recorded change: who, when, what, and each changed field's value before and after. */
export interface AuditEventRow {
  id: string;
  occurredAt: string;
  /** Null for changes made by the system (e.g. an import). */
  actor: { id: string; name: string } | null;
  operation: string;
  entityType: string;
  entityId: string;
  changes: Record<string, { before: unknown; after: unknown }>;
}

/** Filters of the audit trail view; dates are ISO `YYYY-MM-DD`, inclusive, in UTC. */
export interface AuditTrailQuery {
  entityType?: string;
  entityId?: string;
  actor?: string;
  operation?: string;
  from?: string;
  to?: string;
  page?: number;
  pageSize?: number;
}

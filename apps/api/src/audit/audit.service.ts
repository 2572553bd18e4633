import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { insertAuditEvent } from './audit.queries.js';

export type AuditOperation =
  | 'create' | 'edit' | 'cancel' | 'sign_off' | 'deactivate' | 'import' | 'retire' | 'remove'
  // The virus scan's verdict on a file of evidence (attachments/scanning/), recorded with no person as the actor.
  | 'refuse_file'
  // One-time links and passwords (accounts/): recorded against the person, never with the token or the password.
  | 'issue_link' | 'refuse_link' | 'set_password' | 'change_password'
  // Signing in (auth/): single sign-on and its refusals, and the second factor, never with a code or a secret.
  | 'sign_in' | 'refuse_sign_in' | 'enrol_two_factor' | 'use_two_factor' | 'use_recovery_code' | 'reset_two_factor';

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
    await insertAuditEvent(manager, {
      actorId: entry.actorId, operation: entry.operation, entityType: entry.entityType, entityId: entry.entityId,
      changes: JSON.stringify(changedFields(entry.before, entry.after)),
    });
  }
}

import { ErrorCode } from '@steerline/contracts';
import type { EntityManager } from 'typeorm';
import type { AuditService } from '../audit/audit.service.js';
import { DomainError } from '../common/errors/domain-error.js';

interface PendingAmendment {
  id: string;
  kind: 'due_date' | 'scope' | 'measure_target';
  new_due_date: string | null;
  new_scope: string | null;
  measure_id: string | null;
  new_target: string | null;
  reason: string;
  action_id: string;
  reference: string;
}

interface ActionFacts {
  dueDate: string | null;
  startDate: string | null;
  description: string;
  measures: { id: string; name: string; unit: string; target: number | null; baseline: number | null }[];
}

const num = (value: string | null) => (value === null ? null : Number(value));

/** The action's fields an amendment can change, locked for the rest of the transaction. */
async function lockActionFacts(manager: EntityManager, actionId: string): Promise<ActionFacts> {
  const [action] = await manager.query(
    `SELECT due_date::text AS due_date, start_date::text AS start_date, description FROM action WHERE id = $1 FOR UPDATE`, [actionId],
  );
  const measures: { id: string; name: string; unit: string; target: string | null; baseline: string | null }[] = await manager.query(
    `SELECT id, name, unit, target, baseline FROM measure WHERE action_id = $1 ORDER BY created_at, name, id`, [actionId],
  );
  return {
    dueDate: action.due_date,
    startDate: action.start_date,
    description: action.description,
    measures: measures.map((m) => ({ ...m, target: num(m.target), baseline: num(m.baseline) })),
  };
}

async function applyOne(manager: EntityManager, amendment: PendingAmendment, facts: ActionFacts): Promise<{ before: object; after: object }> {
  const actionId = amendment.action_id;
  if (amendment.kind === 'due_date') {
    if (facts.startDate && amendment.new_due_date! < facts.startDate) {
      throw new DomainError(
        ErrorCode.Conflict,
        `The amended due date of ${amendment.reference} (${amendment.new_due_date}) is before the action's start date (${facts.startDate}); send the return back to correct it.`,
      );
    }
    await manager.query(`UPDATE action SET due_date = $2 WHERE id = $1`, [actionId, amendment.new_due_date]);
    return { before: { dueDate: facts.dueDate }, after: { dueDate: amendment.new_due_date } };
  }
  if (amendment.kind === 'scope') {
    await manager.query(`UPDATE action SET description = $2 WHERE id = $1`, [actionId, amendment.new_scope]);
    return { before: { description: facts.description }, after: { description: amendment.new_scope } };
  }
  await manager.query(`UPDATE measure SET target = $3 WHERE id = $2 AND action_id = $1`, [actionId, amendment.measure_id, amendment.new_target]);
  const measures = facts.measures.map((m) => (m.id === amendment.measure_id ? { ...m, target: num(amendment.new_target) } : m));
  return { before: { measures: facts.measures }, after: { measures } };
}

/**
 * Applies every not yet applied amendment of the cycle's accepted returns to its action, in reference order, each one
 * bumping the action's version and audited with the amendment's reason.
 */
export async function applyAcceptedAmendments(manager: EntityManager, audit: AuditService, actorId: string, cycleId: string): Promise<number> {
  const pending: PendingAmendment[] = await manager.query(
    `SELECT am.id, am.kind, am.new_due_date::text AS new_due_date, am.new_scope, am.measure_id, am.new_target, am.reason,
            r.action_id, a.reference
     FROM review_amendment am
     JOIN review_return r ON r.id = am.return_id
     JOIN action a ON a.id = r.action_id
     WHERE r.cycle_id = $1 AND r.status = 'accepted' AND am.applied_at IS NULL
     ORDER BY a.reference, am.position, am.id`,
    [cycleId],
  );
  for (const amendment of pending) {
    const facts = await lockActionFacts(manager, amendment.action_id);
    const { before, after } = await applyOne(manager, amendment, facts);
    await manager.query(`UPDATE action SET version = version + 1, updated_at = now() WHERE id = $1`, [amendment.action_id]);
    await manager.query(`UPDATE review_amendment SET applied_at = now() WHERE id = $1`, [amendment.id]);
    await audit.record(manager, {
      actorId, operation: 'edit', entityType: 'action', entityId: amendment.action_id,
      before: { ...before }, after: { ...after, amendmentReason: amendment.reason },
    });
  }
  return pending.length;
}

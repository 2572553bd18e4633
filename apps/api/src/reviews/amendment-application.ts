import { ErrorCode } from '@steerline/contracts';
import type { EntityManager } from 'typeorm';
import type { AuditService } from '../audit/audit.service.js';
import { DomainError } from '../common/errors/domain-error.js';
import {
  lockAmendedAction, markAmendmentApplied, type PendingAmendment, selectPendingAmendments, setDueDate, setMeasureTarget, setScope,
} from './review-amendment.queries.js';

interface ActionFacts {
  dueDate: string | null;
  startDate: string | null;
  description: string;
  measures: { id: string; name: string; unit: string; target: number | null; baseline: number | null }[];
}

const num = (value: string | null) => (value === null ? null : Number(value));

/** The action's fields an amendment can change, locked for the rest of the transaction. */
async function lockActionFacts(manager: EntityManager, actionId: string): Promise<ActionFacts> {
  const { action, measures } = await lockAmendedAction(manager, actionId);
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
    await setDueDate(manager, actionId, amendment.new_due_date);
    return { before: { dueDate: facts.dueDate }, after: { dueDate: amendment.new_due_date } };
  }
  if (amendment.kind === 'scope') {
    await setScope(manager, actionId, amendment.new_scope);
    return { before: { description: facts.description }, after: { description: amendment.new_scope } };
  }
  await setMeasureTarget(manager, actionId, amendment.measure_id, amendment.new_target);
  const measures = facts.measures.map((m) => (m.id === amendment.measure_id ? { ...m, target: num(amendment.new_target) } : m));
  return { before: { measures: facts.measures }, after: { measures } };
}

/**
 * Applies every not yet applied amendment of the cycle's accepted returns to its action, in reference order, each one
 * bumping the action's version and audited with the amendment's reason.
 */
export async function applyAcceptedAmendments(manager: EntityManager, audit: AuditService, actorId: string, cycleId: string): Promise<number> {
  const pending = await selectPendingAmendments(manager, cycleId);
  for (const amendment of pending) {
    const facts = await lockActionFacts(manager, amendment.action_id);
    const { before, after } = await applyOne(manager, amendment, facts);
    await markAmendmentApplied(manager, amendment.action_id, amendment.id);
    await audit.record(manager, {
      actorId, operation: 'edit', entityType: 'action', entityId: amendment.action_id,
      before: { ...before }, after: { ...after, amendmentReason: amendment.reason },
    });
  }
  return pending.length;
}

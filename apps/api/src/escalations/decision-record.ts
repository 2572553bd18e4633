import type { DecideEscalationRequest, Escalation, FieldError } from '@steerline/contracts';
import type { EntityManager } from 'typeorm';
import type { AuditService } from '../audit/audit.service.js';
import { ValidationFailedError } from '../common/errors/domain-error.js';
import { insertFollowUpMilestone, isOnAgenda, recordDecisionFields, selectActiveUserName } from './escalation-moves.queries.js';

/** Problems with a decision that the request alone shows: a follow-up belongs only to an agreed decision. */
export function decisionProblems(input: DecideEscalationRequest): FieldError[] {
  if (input.followUp && input.outcome !== 'agreed') return [{ field: 'followUp', messages: ['A follow-up can be set only on an agreed decision'] }];
  return [];
}

/**
 * Writes the decision's fields; checks the meeting has the escalation on its agenda and the follow-up owner is an
 * active user; an agreed follow-up becomes a milestone on the action (whose version moves, so stale edits are caught).
 */
export async function recordDecision(
  manager: EntityManager,
  audit: AuditService,
  actorId: string,
  escalation: Escalation,
  input: DecideEscalationRequest,
): Promise<void> {
  const problems: FieldError[] = [];
  if (input.meetingId) {
    if (!(await isOnAgenda(manager, input.meetingId, escalation.id))) problems.push({ field: 'meetingId', messages: ['This escalation is not on the agenda of that board meeting'] });
  }
  const followUp = input.followUp ?? null;
  let owner: { name: string } | undefined;
  if (followUp) {
    owner = await selectActiveUserName(manager, followUp.ownerId);
    if (!owner) problems.push({ field: 'followUp.ownerId', messages: ['ownerId must be the id of an active user'] });
  }
  if (problems.length > 0) throw new ValidationFailedError(problems);

  let milestoneId: string | null = null;
  if (followUp && owner) {
    const title = followUp.title ?? `Follow-up to the board's decision (owner: ${owner.name})`;
    milestoneId = await insertFollowUpMilestone(manager, escalation.action.id, title, followUp.dueDate);
    await audit.record(manager, {
      actorId, operation: 'create', entityType: 'milestone', entityId: milestoneId!,
      after: { actionId: escalation.action.id, title, dueDate: followUp.dueDate, escalationId: escalation.id },
    });
  }
  await recordDecisionFields(manager, escalation.id, {
    outcome: input.outcome, decisionText: input.decisionText, conditions: input.conditions ?? null, decidedById: actorId,
    meetingId: input.meetingId ?? null, followUpOwnerId: followUp?.ownerId ?? null, followUpDue: followUp?.dueDate ?? null,
    followUpMilestoneId: milestoneId,
  });
}

import type { DecideEscalationRequest, Escalation, FieldError } from '@steerline/contracts';
import type { EntityManager } from 'typeorm';
import type { AuditService } from '../audit/audit.service.js';
import { ValidationFailedError } from '../common/errors/domain-error.js';

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
    const [onAgenda] = await manager.query(`SELECT 1 FROM board_meeting_agenda_item WHERE meeting_id = $1 AND escalation_id = $2`, [input.meetingId, escalation.id]);
    if (!onAgenda) problems.push({ field: 'meetingId', messages: ['This escalation is not on the agenda of that board meeting'] });
  }
  const followUp = input.followUp ?? null;
  let owner: { name: string } | undefined;
  if (followUp) {
    [owner] = await manager.query(`SELECT name FROM app_user WHERE id = $1 AND is_active`, [followUp.ownerId]);
    if (!owner) problems.push({ field: 'followUp.ownerId', messages: ['ownerId must be the id of an active user'] });
  }
  if (problems.length > 0) throw new ValidationFailedError(problems);

  let milestoneId: string | null = null;
  if (followUp && owner) {
    const title = followUp.title ?? `Follow-up to the board's decision (owner: ${owner.name})`;
    [{ id: milestoneId }] = await manager.query(
      `INSERT INTO milestone (action_id, title, due_date) VALUES ($1, $2, $3) RETURNING id`,
      [escalation.action.id, title, followUp.dueDate],
    );
    await manager.query(`UPDATE action SET version = version + 1, updated_at = now() WHERE id = $1`, [escalation.action.id]);
    await audit.record(manager, {
      actorId, operation: 'create', entityType: 'milestone', entityId: milestoneId!,
      after: { actionId: escalation.action.id, title, dueDate: followUp.dueDate, escalationId: escalation.id },
    });
  }
  await manager.query(
    `UPDATE escalation SET decision = $2, decision_text = $3, conditions = $4, decided_by_id = $5, decided_at = now(),
       decided_in_meeting_id = $6, follow_up_owner_id = $7, follow_up_due = $8, follow_up_milestone_id = $9
     WHERE id = $1`,
    [escalation.id, input.outcome, input.decisionText, input.conditions ?? null, actorId, input.meetingId ?? null,
      followUp?.ownerId ?? null, followUp?.dueDate ?? null, milestoneId],
  );
}

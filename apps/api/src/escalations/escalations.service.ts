import { Injectable } from '@nestjs/common';
import {
  type CreateEscalationRequest, type DecideEscalationRequest, ErrorCode, type Escalation, type EscalationQueueFilters,
  type EscalationStatus, type Page, type ResolveEscalationRequest, type TakeEscalationRequest,
} from '@steerline/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { CurrentUser } from '../common/auth/current-user.js';
import { DomainError, ForbiddenError, NotFoundError, StaleVersionError, ValidationFailedError } from '../common/errors/domain-error.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { decisionProblems, recordDecision } from './decision-record.js';
import { decisionNotice } from './escalation-notices.js';
import { readActionEscalations, readEscalation, readQueue } from './escalation-reader.js';
import { canDecide, type EscalationMove, nextStatus, refusedMoveReason } from './escalations.policy.js';

const BOARD_ONLY = 'Only members of the channel shift board can take, decide or resolve escalations.';

/** What the board records about an escalation, as the audit trail shows it. */
export const auditedFields = (e: Escalation) => ({
  status: e.status,
  reviewerId: e.reviewer?.id ?? null,
  decision: e.decision?.outcome ?? null,
  decisionText: e.decision?.text ?? null,
  conditions: e.decision?.conditions ?? null,
  decidedById: e.decision?.decidedBy.id ?? null,
  meetingId: e.decision?.meeting?.id ?? null,
  followUpOwnerId: e.decision?.followUp?.owner.id ?? null,
  followUpDue: e.decision?.followUp?.dueDate ?? null,
  outcome: e.outcome,
});

@Injectable()
export class EscalationsService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  async raise(actor: CurrentUser, actionId: string, input: CreateEscalationRequest): Promise<Escalation> {
    return this.db.transaction(async (manager) => {
      const [action] = await manager.query(`SELECT status, reference FROM action WHERE id = $1`, [actionId]);
      if (!action) throw new NotFoundError('The action');
      if (action.status === 'cancelled') {
        throw new DomainError(ErrorCode.Conflict, `${action.reference} is cancelled, so escalations can no longer be raised on it.`);
      }
      const [{ id }] = await manager.query(
        `INSERT INTO escalation (action_id, raised_by_id, problem, impact, decision_sought, urgency, needed_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [actionId, actor.id, input.problem, input.impact, input.decisionSought, input.urgency, input.neededBy],
      );
      const escalation = (await readEscalation(manager, id))!;
      const { problem, impact, decisionSought, urgency, neededBy, status } = escalation;
      await this.audit.record(manager, {
        actorId: actor.id, operation: 'create', entityType: 'escalation', entityId: id,
        after: { actionId, problem, impact, decisionSought, urgency, neededBy, status },
      });
      return escalation;
    });
  }

  async get(id: string): Promise<Escalation> {
    const escalation = await readEscalation(this.db.manager, id);
    if (!escalation) throw new NotFoundError('The escalation');
    return escalation;
  }

  async listForAction(actionId: string): Promise<Escalation[]> {
    const escalations = await readActionEscalations(this.db.manager, actionId);
    if (!escalations) throw new NotFoundError('The action');
    return escalations;
  }

  queue(filters: EscalationQueueFilters, page: { page: number; pageSize: number }): Promise<Page<Escalation>> {
    return readQueue(this.db.manager, filters, page);
  }

  take(actor: CurrentUser, id: string, input: TakeEscalationRequest): Promise<Escalation> {
    return this.move(actor, id, 'take', input.version, async (manager) => {
      await manager.query(`UPDATE escalation SET reviewer_id = $2, review_started_at = now() WHERE id = $1`, [id, actor.id]);
    });
  }

  async decide(actor: CurrentUser, id: string, input: DecideEscalationRequest): Promise<Escalation> {
    let mail: Awaited<ReturnType<NotificationsService['notify']>> = [];
    const problems = decisionProblems(input);
    if (problems.length > 0) throw new ValidationFailedError(problems);
    const record = (manager: EntityManager, before: Escalation) => recordDecision(manager, this.audit, actor.id, before, input);
    const decided = await this.move(actor, id, input.outcome, input.version, record, async (manager, after) => {
      const [{ owner_id }] = await manager.query(`SELECT owner_id FROM action WHERE id = $1`, [after.action.id]);
      mail = await this.notifications.notify(manager, [after.raisedBy.id, owner_id], decisionNotice(after));
    });
    this.notifications.deliver(mail);
    return decided;
  }

  resolve(actor: CurrentUser, id: string, input: ResolveEscalationRequest): Promise<Escalation> {
    return this.move(actor, id, 'resolve', input.version, async (manager) => {
      await manager.query(`UPDATE escalation SET outcome = $2, resolved_by_id = $3, resolved_at = now() WHERE id = $1`, [id, input.outcome, actor.id]);
    });
  }

  /**
   * One step of the lifecycle. The row is locked, so two board members acting at once take turns:
   * the second sees the first one's new version and is answered 409.
   */
  private async move(
    actor: CurrentUser,
    id: string,
    move: EscalationMove,
    version: number,
    record: (manager: EntityManager, before: Escalation) => Promise<void>,
    afterwards?: (manager: EntityManager, after: Escalation) => Promise<void>,
  ): Promise<Escalation> {
    if (!canDecide(actor)) throw new ForbiddenError(BOARD_ONLY);
    return this.db.transaction(async (manager) => {
      const [locked] = await manager.query(`SELECT status, version FROM escalation WHERE id = $1 FOR UPDATE`, [id]);
      if (!locked) throw new NotFoundError('The escalation');
      const before = (await readEscalation(manager, id))!;
      if (locked.version !== version) throw new StaleVersionError('The escalation', before);
      const next = nextStatus(locked.status as EscalationStatus, move);
      if (!next) throw new DomainError(ErrorCode.Conflict, refusedMoveReason(locked.status, move)!, { current: before });
      await record(manager, before);
      await manager.query(`UPDATE escalation SET status = $2, version = version + 1, updated_at = now() WHERE id = $1`, [id, next]);
      const after = (await readEscalation(manager, id))!;
      await this.audit.record(manager, {
        actorId: actor.id, operation: 'edit', entityType: 'escalation', entityId: id, before: auditedFields(before), after: auditedFields(after),
      });
      await afterwards?.(manager, after);
      return after;
    });
  }
}

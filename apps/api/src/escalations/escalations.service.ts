import { Injectable } from '@nestjs/common';
import {
  type CreateEscalationRequest, type DecideEscalationRequest, type DecisionLogEntry, type DecisionLogFilters, ErrorCode, type Escalation,
  type EscalationQueueFilters, type Page, type ResolveEscalationRequest, type TakeEscalationRequest,
} from '@steerline/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { CurrentUser } from '../common/auth/current-user.js';
import { DomainError, ForbiddenError, NotFoundError, StaleVersionError, ValidationFailedError } from '../common/errors/domain-error.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { decisionProblems, recordDecision } from './decision-record.js';
import { decisionNotice } from './escalation-notices.js';
import { readDecisions } from './decision-log.queries.js';
import {
  insertEscalation, lockEscalation, moveEscalation, recordResolution, recordReviewer, selectActionState,
} from './escalation-moves.queries.js';
import { readActionEscalations, readEscalation, readQueue } from './escalation.queries.js';
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

  /** Raises an escalation on an action; `riskId` names the risk it was raised from (the risks feature checks the link). */
  async raise(actor: CurrentUser, actionId: string, input: CreateEscalationRequest, riskId: string | null = null): Promise<Escalation> {
    return this.db.transaction(async (manager) => {
      const action = await selectActionState(manager, actionId);
      if (!action) throw new NotFoundError('The action');
      if (action.status === 'cancelled') {
        throw new DomainError(ErrorCode.Conflict, `${action.reference} is cancelled, so escalations can no longer be raised on it.`);
      }
      const id = await insertEscalation(manager, {
        actionId, raisedById: actor.id, problem: input.problem, impact: input.impact, decisionSought: input.decisionSought,
        urgency: input.urgency, neededBy: input.neededBy, riskId,
      });
      const escalation = (await readEscalation(manager, id))!;
      const { problem, impact, decisionSought, urgency, neededBy, status } = escalation;
      await this.audit.record(manager, {
        actorId: actor.id, operation: 'create', entityType: 'escalation', entityId: id,
        after: { actionId, riskId, problem, impact, decisionSought, urgency, neededBy, status },
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

  /** The decision log: every decision the board has recorded, newest first. */
  decisions(filters: DecisionLogFilters): Promise<DecisionLogEntry[]> {
    return readDecisions(this.db.manager, filters);
  }

  queue(filters: EscalationQueueFilters, page: { page: number; pageSize: number }): Promise<Page<Escalation>> {
    return readQueue(this.db.manager, filters, page);
  }

  take(actor: CurrentUser, id: string, input: TakeEscalationRequest): Promise<Escalation> {
    return this.move(actor, id, 'take', input.version, async (manager) => {
      await recordReviewer(manager, id, actor.id);
    });
  }

  async decide(actor: CurrentUser, id: string, input: DecideEscalationRequest): Promise<Escalation> {
    let mail: Awaited<ReturnType<NotificationsService['notify']>> = [];
    const problems = decisionProblems(input);
    if (problems.length > 0) throw new ValidationFailedError(problems);
    const record = (manager: EntityManager, before: Escalation) => recordDecision(manager, this.audit, actor.id, before, input);
    const decided = await this.move(actor, id, input.outcome, input.version, record, async (manager, after) => {
      const { owner_id } = (await selectActionState(manager, after.action.id))!;
      mail = await this.notifications.notify(manager, [after.raisedBy.id, owner_id], decisionNotice(after));
    });
    this.notifications.deliver(mail);
    return decided;
  }

  resolve(actor: CurrentUser, id: string, input: ResolveEscalationRequest): Promise<Escalation> {
    return this.move(actor, id, 'resolve', input.version, async (manager) => {
      await recordResolution(manager, id, input.outcome, actor.id);
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
      const locked = await lockEscalation(manager, id);
      if (!locked) throw new NotFoundError('The escalation');
      const before = (await readEscalation(manager, id))!;
      if (locked.version !== version) throw new StaleVersionError('The escalation', before);
      const next = nextStatus(locked.status, move);
      if (!next) throw new DomainError(ErrorCode.Conflict, refusedMoveReason(locked.status, move)!, { current: before });
      await record(manager, before);
      await moveEscalation(manager, id, next);
      const after = (await readEscalation(manager, id))!;
      await this.audit.record(manager, {
        actorId: actor.id, operation: 'edit', entityType: 'escalation', entityId: id, before: auditedFields(before), after: auditedFields(after),
      });
      await afterwards?.(manager, after);
      return after;
    });
  }
}

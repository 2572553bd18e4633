import { Injectable } from '@nestjs/common';
import {
  type CreateMitigationRequest, type DashboardList, type Escalation, type RaiseRiskEscalationRequest, type CreateRiskRequest, type CreateRiskReviewRequest, ErrorCode, type FieldError, type RiskDetail,
  type RiskListFilters, type RiskSummary, type UpdateMitigationRequest, type UpdateRiskRequest,
} from '@steerline/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../common/auth/actor.js';
import type { CurrentUser } from '../common/auth/current-user.js';
import { DomainError, ForbiddenError, NotFoundError, StaleVersionError, ValidationFailedError } from '../common/errors/domain-error.js';
import { EscalationsService } from '../escalations/escalations.service.js';
import { StrategyService } from '../strategy/strategy.service.js';
import {
  assessRisk, insertMitigation, insertReview, insertRisk, linkActions, linkPriorities, lockMitigation, lockRisk, type LockedRisk, readRisk,
  readReviewsOverdue, readRisks, touchRisk, updateMitigation, updateRisk,
} from './risk.queries.js';
import { actionsFound, prioritiesFound, reviewCycleState, usersFound } from './risk-references.queries.js';
import { auditedRisk, toRiskDetail, toRiskSummary } from './risk.response.js';
import { canCreateRisk, canEditRisk, canUpdateMitigation } from './risks.policy.js';

const OWNER_ONLY = 'Only the risk owner or an administrator can change this risk.';

/** The note of the history's first entry: the assessment the risk was entered with. */
export const FIRST_ASSESSMENT = 'Risk added to the register.';

interface References {
  ownerId?: string;
  actionIds?: string[];
  priorityIds?: string[];
  mitigationOwnerIds?: string[];
}

@Injectable()
export class RisksService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly strategy: StrategyService,
    private readonly escalations: EscalationsService,
  ) {}

  async list(actor: Actor, filters: RiskListFilters): Promise<RiskSummary[]> {
    const ownerId = filters.ownerId === 'me' ? actor.id : filters.ownerId;
    return (await readRisks(this.db.manager, { ...filters, ownerId })).map(toRiskSummary);
  }

  /** For the dashboard: risks not closed whose review date has passed, most overdue first. */
  async reviewsOverdue(): Promise<DashboardList<RiskSummary>> {
    const rows = await readReviewsOverdue(this.db.manager);
    return { items: rows.map(toRiskSummary), total: rows[0]?.total ?? 0 };
  }

  async get(actor: Actor, id: string): Promise<RiskDetail> {
    const row = await readRisk(this.db.manager, id);
    if (!row) throw new NotFoundError('The risk');
    return toRiskDetail(row, actor);
  }

  async create(actor: CurrentUser, input: CreateRiskRequest): Promise<RiskDetail> {
    if (!canCreateRisk(actor)) throw new ForbiddenError();
    return this.db.transaction(async (manager) => {
      const strategyId = await this.strategy.requireCurrentStrategyId(manager, 'risks');
      await this.checkReferences(manager, strategyId, {
        ownerId: input.ownerId, actionIds: input.actionIds, priorityIds: input.priorityIds,
        mitigationOwnerIds: input.mitigations?.map((mitigation) => mitigation.ownerId),
      });
      const id = await insertRisk(manager, strategyId, input, actor.id);
      await linkActions(manager, id, input.actionIds ?? []);
      await linkPriorities(manager, id, input.priorityIds ?? []);
      for (const mitigation of input.mitigations ?? []) await insertMitigation(manager, id, mitigation);
      await insertReview(manager, id, {
        reviewCycleId: null, reviewedById: actor.id, likelihood: input.likelihood, impact: input.impact, status: 'open',
        note: FIRST_ASSESSMENT, nextReviewDate: input.reviewDate,
      });
      const risk = await this.read(manager, actor, id);
      await this.audit.record(manager, { actorId: actor.id, operation: 'create', entityType: 'risk', entityId: id, after: auditedRisk(risk) });
      for (const mitigation of risk.mitigations) await this.auditMitigation(manager, actor, id, null, mitigation);
      return risk;
    });
  }

  async update(actor: CurrentUser, id: string, input: UpdateRiskRequest): Promise<RiskDetail> {
    return this.db.transaction(async (manager) => {
      const { before } = await this.lockForEdit(manager, actor, id, input.version);
      if (before.status === 'closed') throw new DomainError(ErrorCode.Conflict, `${before.reference} is closed: review it to reopen it before editing.`);
      const strategyId = await this.strategy.requireCurrentStrategyId(manager, 'risks');
      await this.checkReferences(manager, strategyId, {
        ownerId: input.ownerId !== undefined && input.ownerId !== before.owner.id ? input.ownerId : undefined,
        actionIds: input.actionIds, priorityIds: input.priorityIds,
      }, before.priorities.map((priority) => priority.id));
      await updateRisk(manager, id, {
        title: input.title ?? before.title, cause: input.cause ?? before.cause, effect: input.effect ?? before.effect,
        ownerId: input.ownerId ?? before.owner.id, targetScore: input.targetScore ?? before.targetScore, reviewDate: input.reviewDate ?? before.reviewDate,
      });
      if (input.actionIds) await linkActions(manager, id, input.actionIds);
      if (input.priorityIds) await linkPriorities(manager, id, input.priorityIds);
      const after = await this.read(manager, actor, id);
      await this.audit.record(manager, { actorId: actor.id, operation: 'edit', entityType: 'risk', entityId: id, before: auditedRisk(before), after: auditedRisk(after) });
      return after;
    });
  }

  /** Appends a review to the history and makes its likelihood, impact, status and next review date the risk's own. */
  async review(actor: CurrentUser, id: string, input: CreateRiskReviewRequest): Promise<RiskDetail> {
    return this.db.transaction(async (manager) => {
      const { before } = await this.lockForEdit(manager, actor, id, input.version);
      if (input.reviewCycleId) {
        const cycle = await reviewCycleState(manager, input.reviewCycleId);
        if (!cycle) throw new ValidationFailedError([{ field: 'reviewCycleId', messages: ['No review cycle has this id'] }]);
        if (cycle.status !== 'open') throw new DomainError(ErrorCode.Conflict, `${cycle.name} is not open for returns, so risks cannot be reviewed in it.`);
      }
      const reviewId = await insertReview(manager, id, {
        reviewCycleId: input.reviewCycleId ?? null, reviewedById: actor.id, likelihood: input.likelihood, impact: input.impact,
        status: input.status, note: input.note, nextReviewDate: input.nextReviewDate,
      });
      await assessRisk(manager, id, { likelihood: input.likelihood, impact: input.impact, status: input.status, reviewDate: input.nextReviewDate });
      const after = await this.read(manager, actor, id);
      await this.audit.record(manager, {
        actorId: actor.id, operation: 'create', entityType: 'risk_review', entityId: reviewId,
        after: { riskId: id, reviewCycleId: input.reviewCycleId ?? null, likelihood: input.likelihood, impact: input.impact, status: input.status, note: input.note, nextReviewDate: input.nextReviewDate },
      });
      await this.audit.record(manager, { actorId: actor.id, operation: 'edit', entityType: 'risk', entityId: id, before: auditedRisk(before), after: auditedRisk(after) });
      return after;
    });
  }

  async addMitigation(actor: CurrentUser, riskId: string, input: CreateMitigationRequest): Promise<RiskDetail> {
    return this.db.transaction(async (manager) => {
      const { before } = await this.lockForEdit(manager, actor, riskId, input.version);
      if (before.status === 'closed') throw new DomainError(ErrorCode.Conflict, `${before.reference} is closed: review it to reopen it before adding mitigations.`);
      await this.checkReferences(manager, null, { mitigationOwnerIds: [input.ownerId] });
      const mitigationId = await insertMitigation(manager, riskId, input);
      await touchRisk(manager, riskId);
      const after = await this.read(manager, actor, riskId);
      await this.auditMitigation(manager, actor, riskId, null, after.mitigations.find((mitigation) => mitigation.id === mitigationId)!);
      return after;
    });
  }

  async updateMitigation(actor: CurrentUser, riskId: string, mitigationId: string, input: UpdateMitigationRequest): Promise<RiskDetail> {
    return this.db.transaction(async (manager) => {
      const locked = await lockRisk(manager, riskId);
      if (!locked) throw new NotFoundError('The risk');
      const mitigation = await lockMitigation(manager, riskId, mitigationId);
      if (!mitigation) throw new NotFoundError('The mitigation');
      if (!canUpdateMitigation(actor, { ownerId: locked.owner_id, status: locked.status }, mitigation.owner_id)) throw new ForbiddenError(OWNER_ONLY);
      const before = (await this.read(manager, actor, riskId)).mitigations.find((m) => m.id === mitigationId)!;
      if (mitigation.version !== input.version) throw new StaleVersionError('The mitigation', before);
      if (locked.status === 'closed') throw new DomainError(ErrorCode.Conflict, 'The risk is closed: review it to reopen it before changing its mitigations.');
      if (input.ownerId !== undefined && input.ownerId !== mitigation.owner_id) await this.checkReferences(manager, null, { mitigationOwnerIds: [input.ownerId] });
      await updateMitigation(manager, mitigationId, {
        description: input.description ?? mitigation.description, ownerId: input.ownerId ?? mitigation.owner_id,
        dueDate: input.dueDate ?? mitigation.due_date, done: input.done ?? mitigation.done,
      });
      await touchRisk(manager, riskId);
      const after = await this.read(manager, actor, riskId);
      await this.auditMitigation(manager, actor, riskId, before, after.mitigations.find((m) => m.id === mitigationId)!);
      return after;
    });
  }

  /**
   * Raises an escalation from the risk, on one of the actions it is linked to (the board decides about actions), and
   * names the risk on it. Anyone who may raise escalations may raise one from a risk that is not closed.
   */
  async raiseEscalation(actor: CurrentUser, riskId: string, input: RaiseRiskEscalationRequest): Promise<Escalation> {
    const row = await readRisk(this.db.manager, riskId);
    if (!row) throw new NotFoundError('The risk');
    if (row.status === 'closed') throw new DomainError(ErrorCode.Conflict, `${row.reference} is closed, so no escalation can be raised from it.`);
    if (!row.actions.some((action) => action.id === input.actionId.toLowerCase())) {
      throw new ValidationFailedError([{ field: 'actionId', messages: [`Choose one of the actions ${row.reference} is linked to`] }]);
    }
    const { actionId, ...escalation } = input;
    return this.escalations.raise(actor, actionId.toLowerCase(), escalation, riskId);
  }

  /** The risk locked for a change by its owner or an admin, at the version the change was based on. */
  private async lockForEdit(manager: EntityManager, actor: Actor, id: string, version: number): Promise<{ locked: LockedRisk; before: RiskDetail }> {
    const locked = await lockRisk(manager, id);
    if (!locked) throw new NotFoundError('The risk');
    if (!canEditRisk(actor, { ownerId: locked.owner_id, status: locked.status })) throw new ForbiddenError(OWNER_ONLY);
    const before = await this.read(manager, actor, id);
    if (locked.version !== version) throw new StaleVersionError('The risk', before);
    return { locked, before };
  }

  private async read(manager: EntityManager, actor: Actor, id: string): Promise<RiskDetail> {
    return toRiskDetail((await readRisk(manager, id))!, actor);
  }

  private async auditMitigation(manager: EntityManager, actor: Actor, riskId: string, before: RiskDetail['mitigations'][number] | null, after: RiskDetail['mitigations'][number]) {
    const fields = (m: RiskDetail['mitigations'][number]) => ({ riskId, description: m.description, ownerId: m.owner.id, dueDate: m.dueDate, done: m.done });
    await this.audit.record(manager, {
      actorId: actor.id, operation: before ? 'edit' : 'create', entityType: 'risk_mitigation', entityId: after.id,
      before: before ? fields(before) : null, after: fields(after),
    });
  }

  /** Every record the risk points at exists (actions and priorities in this strategy), as field errors rather than foreign-key failures. */
  private async checkReferences(manager: EntityManager, strategyId: string | null, input: References, keptPriorityIds: string[] = []): Promise<void> {
    const problems: FieldError[] = [];
    const problem = (field: string, message: string) => problems.push({ field, messages: [message] });
    const people = [...(input.ownerId ? [input.ownerId] : []), ...(input.mitigationOwnerIds ?? [])];
    if (people.length) {
      const found = new Map((await usersFound(manager, people)).map((row) => [row.id, row.is_active]));
      const check = (field: string, id: string, who: string) => {
        const active = found.get(id.toLowerCase());
        if (active === undefined) problem(field, `Choose ${who} who is a user of Steerline`);
        else if (!active) problem(field, `${who[0].toUpperCase()}${who.slice(1)} must be an active user`);
      };
      if (input.ownerId) check('ownerId', input.ownerId, 'a risk owner');
      input.mitigationOwnerIds?.forEach((ownerId, index) => check(strategyId ? `mitigations.${index}.ownerId` : 'ownerId', ownerId, 'a mitigation owner'));
    }
    if (strategyId && input.actionIds?.length) {
      const found = await actionsFound(manager, input.actionIds, strategyId);
      const missing = input.actionIds.filter((id) => !found.has(id.toLowerCase()));
      if (missing.length) problem('actionIds', `No action of this strategy has the id ${missing.join(', ')}`);
    }
    if (strategyId && input.priorityIds?.length) {
      const found = await prioritiesFound(manager, input.priorityIds, strategyId);
      const ids = new Set(found.map((row) => row.id));
      const missing = input.priorityIds.filter((id) => !ids.has(id.toLowerCase()));
      if (missing.length) problem('priorityIds', `No priority of this strategy has the id ${missing.join(', ')}`);
      if (found.some((row) => row.retired && !keptPriorityIds.includes(row.id))) problem('priorityIds', 'Retired priorities cannot be newly chosen');
    }
    if (problems.length) throw new ValidationFailedError(problems);
  }
}

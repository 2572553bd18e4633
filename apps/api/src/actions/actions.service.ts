import { Injectable } from '@nestjs/common';
import type { ActionDetail, ActionHistoryEntry, CreateActionRequest, FieldError, UpdateActionRequest } from '@steerline/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { type AuditOperation, AuditService, changedFields } from '../audit/audit.service.js';
import type { CurrentUser } from '../common/auth/current-user.js';
import { ForbiddenError, NotFoundError, StaleVersionError, ValidationFailedError } from '../common/errors/domain-error.js';
import { auditSnapshot } from './action-audit.js';
import { assertNotCancelled, lockAction } from './action-checks.js';
import { readHistory } from './action-history.queries.js';
import { replaceLinks } from './action-plan.queries.js';
import { replaceMeasures, replaceMilestones } from './action-plan-items.js';
import { type ActionView, cancelAction, insertAction, readAction, updateAction } from './action.queries.js';
import { nextReference } from './action-reference.js';
import { type KeptReferences, referenceProblems, strategyOfPriority } from './referenced-records.js';
import { dateProblems, INITIAL_PROGRESS, withStatus } from './action-status.js';
import type { Actor } from '../common/auth/actor.js';
import { accessFacts, canEditAction, canPlaceActionIn, withAbilities } from './actions.policy.js';
import { DependencyNoticesService } from './dependencies/dependency-notices.service.js';
import { readDependencies } from './dependencies/read-dependencies.js';

const NOT_YOUR_BODY = 'You can only create or edit actions owned by a governance body you are a member of.';

@Injectable()
export class ActionsService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly dependencyNotices: DependencyNoticesService,
  ) {}

  async get(actor: Actor, id: string): Promise<ActionDetail> {
    const action = await readAction(this.db.manager, id);
    if (!action) throw new NotFoundError('The action');
    return this.detail(this.db.manager, action, actor);
  }

  async create(actor: CurrentUser, input: CreateActionRequest): Promise<ActionDetail> {
    if (!canPlaceActionIn(actor, input.owningBodyId)) throw new ForbiddenError(NOT_YOUR_BODY);
    const created = await this.db.transaction((manager) => this.insert(manager, actor.id, input, 'create'));
    return this.detail(this.db.manager, created, actor);
  }

  /**
   * Creates several actions on the caller's transaction (e.g. an import), each with the next reference and an
   * audit row. Inputs must already have passed the DTO checks; the caller decides who may do this. Referenced
   * records are still checked: a problem is a ValidationFailedError whose fields start with the input's index (`2.ownerId`).
   */
  async createMany(
    manager: EntityManager,
    actorId: string | null,
    inputs: CreateActionRequest[],
    operation: AuditOperation = 'create',
  ): Promise<{ id: string; reference: string }[]> {
    const created: { id: string; reference: string }[] = [];
    for (const [index, input] of inputs.entries()) {
      try {
        const { id, reference } = await this.insert(manager, actorId, input, operation);
        created.push({ id, reference });
      } catch (error) {
        if (!(error instanceof ValidationFailedError)) throw error;
        const details = (error.details as FieldError[]).map((problem) => ({ ...problem, field: `${index}.${problem.field}` }));
        throw new ValidationFailedError(details, `Action ${index + 1} of ${inputs.length}: ${error.message}`);
      }
    }
    return created;
  }

  async edit(actor: CurrentUser, id: string, input: UpdateActionRequest): Promise<ActionDetail> {
    const edited = await this.db.transaction(async (manager) => {
      const { strategyId, action: before } = await lockAction(manager, id);
      await this.checkMayChange(manager, actor, before, input.version);
      if (input.owningBodyId !== undefined && !canPlaceActionIn(actor, input.owningBodyId)) throw new ForbiddenError(NOT_YOUR_BODY);
      const dates = { startDate: pick(input.startDate, before.startDate), dueDate: pick(input.dueDate, before.dueDate) };
      await this.checkReferences(manager, input, strategyId, dates, {
        priorityId: before.priority.id, owningBodyId: before.owningBody.id, segmentIds: before.segments.map((segment) => segment.id),
      });

      const progress = input.status ? withStatus(before, input.status) : before;
      const fields = { title: input.title?.trim(), description: input.description, priorityId: input.priorityId, ownerId: input.ownerId };
      await updateAction(manager, id, {
        ...fields,
        owningBodyId: input.owningBodyId,
        startDate: input.startDate,
        dueDate: input.dueDate,
        status: progress.status,
        rag: progress.rag,
        percentComplete: progress.percentComplete,
      });
      await this.replaceDetails(manager, id, input);
      return this.recorded(manager, actor.id, 'edit', before, id);
    });
    // A new RAG, status or due date may make this action a concern for those waiting on it (or its blockers one for it).
    await this.dependencyNotices.afterChange(id);
    return this.detail(this.db.manager, edited, actor);
  }

  async cancel(actor: CurrentUser, id: string, input: { version: number; reason: string }): Promise<ActionDetail> {
    const cancelled = await this.db.transaction(async (manager) => {
      const { action: before } = await lockAction(manager, id);
      await this.checkMayChange(manager, actor, before, input.version);
      await cancelAction(manager, id, input.reason.trim());
      return this.recorded(manager, actor.id, 'cancel', before, id);
    });
    await this.dependencyNotices.afterChange(id);
    return this.detail(this.db.manager, cancelled, actor);
  }

  async history(id: string): Promise<ActionHistoryEntry[]> {
    const history = await readHistory(this.db.manager, id);
    if (!history) throw new NotFoundError('The action');
    return history;
  }

  private async insert(manager: EntityManager, actorId: string | null, input: CreateActionRequest, operation: AuditOperation): Promise<ActionView> {
    const strategyId = await strategyOfPriority(manager, input.priorityId);
    // An unknown priority is one of the problems this reports, so past it the strategy is known.
    await this.checkReferences(manager, input, strategyId, { startDate: input.startDate ?? null, dueDate: input.dueDate ?? null });
    const reference = await nextReference(manager, strategyId!);
    const id = await insertAction(manager, {
      strategyId: strategyId!, reference, title: input.title.trim(), description: input.description ?? '', priorityId: input.priorityId,
      ownerId: input.ownerId, owningBodyId: input.owningBodyId, startDate: input.startDate ?? null, dueDate: input.dueDate ?? null,
      status: INITIAL_PROGRESS.status, rag: INITIAL_PROGRESS.rag, percentComplete: INITIAL_PROGRESS.percentComplete,
    });
    await this.replaceDetails(manager, id, { partnerIds: [], segmentIds: [], milestones: [], measures: [], ...withoutUndefined(input) });
    return this.recorded(manager, actorId, operation, null, id);
  }

  /** The action as this actor sees it, with the actions it is blocked by and blocks. */
  private async detail(manager: EntityManager, action: ActionView, actor: Actor): Promise<ActionDetail> {
    return withAbilities(action, actor, await readDependencies(manager, action.id, false));
  }

  /** 403 before 409: someone who may not change the action learns nothing about its state. */
  private async checkMayChange(manager: EntityManager, actor: CurrentUser, action: ActionView, version: number): Promise<void> {
    if (!canEditAction(actor, accessFacts(action))) throw new ForbiddenError(NOT_YOUR_BODY);
    assertNotCancelled(action);
    if (version !== action.version) throw new StaleVersionError('The action', await this.detail(manager, action, actor));
  }

  private async checkReferences(
    manager: EntityManager,
    input: Partial<CreateActionRequest>,
    strategyId: string | null,
    dates: { startDate: string | null; dueDate: string | null },
    kept?: KeptReferences,
  ): Promise<void> {
    const problems = [...(await referenceProblems(manager, input, strategyId, kept)), ...dateProblems(dates)];
    if (problems.length > 0) throw new ValidationFailedError(problems);
  }

  private async replaceDetails(manager: EntityManager, id: string, input: Partial<CreateActionRequest>): Promise<void> {
    if (input.partnerIds) await replaceLinks(manager, id, 'partners', input.partnerIds);
    if (input.segmentIds) await replaceLinks(manager, id, 'segments', input.segmentIds);
    if (input.milestones) await replaceMilestones(manager, id, input.milestones);
    if (input.measures) await replaceMeasures(manager, id, input.measures);
  }

  /** Reads the action after the change and writes the audit row on the same transaction (none if nothing changed). */
  private async recorded(manager: EntityManager, actorId: string | null, operation: AuditOperation, before: ActionView | null, id: string) {
    const after = (await readAction(manager, id))!;
    const [was, now] = [before && auditSnapshot(before), auditSnapshot(after)];
    if (Object.keys(changedFields(was, now)).length > 0) {
      await this.audit.record(manager, { actorId, operation, entityType: 'action', entityId: id, before: was, after: now });
    }
    return after;
  }
}

const pick = <T>(sent: T | undefined, current: T): T => (sent === undefined ? current : sent);

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as Partial<T>;
}

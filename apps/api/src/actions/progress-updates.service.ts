import { Injectable } from '@nestjs/common';
import type { CreateProgressUpdateRequest, FieldError, ProgressUpdate } from '@steerline/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { changedFields } from '../audit/audit.service.js';
import type { CurrentUser } from '../common/auth/current-user.js';
import { ForbiddenError, NotFoundError, ValidationFailedError } from '../common/errors/domain-error.js';
import { assertNotCancelled } from './action-checks.js';
import { progressProblems, statusForRag } from './action-status.js';
import { canPostUpdate } from './actions.policy.js';
import { DependencyNoticesService } from './dependencies/dependency-notices.service.js';
import { type ActionToUpdate, insertUpdate, lockActionForUpdate, readUpdates, selectActionToUpdate } from './progress-update.queries.js';

const NOT_YOURS = 'You can post updates only on actions you own, that your governance body owns, or that your organisation is a partner on.';

/**
 * Posts racing other writes to one action are checked again this many times without a lock; after that the post takes
 * the action's lock and waits its turn, so under heavy contention it cannot keep losing.
 */
const UNLOCKED_ATTEMPTS = 3;

/** Progress updates are appended, never edited: a correction is a new update. */
@Injectable()
export class ProgressUpdatesService {
  constructor(
    private readonly db: DataSource,
    private readonly dependencyNotices: DependencyNoticesService,
  ) {}

  async list(actionId: string): Promise<ProgressUpdate[]> {
    const updates = await readUpdates(this.db.manager, actionId);
    if (!updates) throw new NotFoundError('The action');
    return updates;
  }

  /**
   * Checks the update against the action as read, then writes it only if the action is still that version: two round
   * trips and no lock held between them. If the action changed in between (another update, an edit, a cancellation),
   * it is read and checked again, so the checks always hold for the version written.
   */
  async post(actor: CurrentUser, actionId: string, input: CreateProgressUpdateRequest): Promise<ProgressUpdate> {
    const posted = await this.postOnce(actor, actionId, input);
    // A red rating (or a status moving on) may change what this action means for the actions waiting on it.
    await this.dependencyNotices.afterChange(posted.actionId);
    return posted;
  }

  private async postOnce(actor: CurrentUser, actionId: string, input: CreateProgressUpdateRequest): Promise<ProgressUpdate> {
    for (let attempt = 1; attempt <= UNLOCKED_ATTEMPTS; attempt += 1) {
      const posted = await this.readAndPost(this.db.manager, actor, actionId, input);
      if (posted) return posted;
    }
    return this.db.transaction(async (manager) => {
      await lockActionForUpdate(manager, actionId);
      const posted = await this.readAndPost(manager, actor, actionId, input);
      if (!posted) throw new Error('The action changed while its row was locked');
      return posted;
    });
  }

  private async readAndPost(db: EntityManager, actor: CurrentUser, actionId: string, input: CreateProgressUpdateRequest): Promise<ProgressUpdate | null> {
    const action = await selectActionToUpdate(db, actionId);
    if (!action) throw new NotFoundError('The action');
    return this.postOn(db, actor, action, input);
  }

  /** The update as written, or null when the action is no longer the version read. */
  private async postOn(db: EntityManager, actor: CurrentUser, action: ActionToUpdate, input: CreateProgressUpdateRequest): Promise<ProgressUpdate | null> {
    const facts = { ownerId: action.owner_id, owningBodyId: action.owning_body_id, partnerIds: action.partner_ids, status: action.status };
    if (!canPostUpdate(actor, facts)) throw new ForbiddenError(NOT_YOURS);
    assertNotCancelled(action);
    const problems = [...progressProblems(input), ...measureValueProblems(action, input.measureValues ?? [])];
    if (problems.length > 0) throw new ValidationFailedError(problems);

    // The action's own measures, in the order the update lists them (as it read them back: by the measure's order).
    const reported = new Map((input.measureValues ?? []).map(({ measureId, value }) => [measureId.toLowerCase(), value]));
    const measures = action.measures.filter((measure) => reported.has(measure.id));
    const values = measures.map((measure) => reported.get(measure.id)!);
    const status = statusForRag(input.rag);
    const posted = {
      actionId: action.id,
      commentary: input.commentary,
      rag: input.rag,
      percentComplete: input.percentComplete,
      problem: input.problem ?? null,
      correctiveAction: input.correctiveAction ?? null,
      revisedDate: input.revisedDate ?? null,
      measureValues: measures.map((measure, index) => ({ measureId: measure.id, measureName: measure.name, value: values[index] })),
    };
    const was = { status: action.status, rag: action.rag, percentComplete: action.percent_complete };
    const now = { status, rag: input.rag, percentComplete: input.percentComplete };
    const actionChanges = changedFields(was, now);

    const row = await insertUpdate(db, [
      action.id, actor.id, posted.commentary, posted.rag, posted.percentComplete, posted.problem, posted.correctiveAction, posted.revisedDate,
      measures.map((measure) => measure.id), values, status,
      JSON.stringify(changedFields(null, posted)),
      Object.keys(actionChanges).length > 0 ? JSON.stringify(actionChanges) : null,
      action.version,
    ]);
    if (!row) return null;
    const { actionId: _, ...rest } = posted;
    return { id: row.id, actionId: action.id, author: { id: row.author_id, name: row.author_name }, createdAt: row.created_at, ...rest };
  }
}

/** Values may be reported only for the action's own measures, each at most once. */
function measureValueProblems(action: Pick<ActionToUpdate, 'reference' | 'measures'>, values: { measureId: string }[]): FieldError[] {
  const own = new Set(action.measures.map((measure) => measure.id));
  const seen = new Set<string>();
  return values.flatMap(({ measureId }, index) => {
    const id = measureId.toLowerCase();
    const field = `measureValues.${index}.measureId`;
    if (!own.has(id)) return [{ field, messages: [`This is not one of the measures of ${action.reference}`] }];
    if (seen.has(id)) return [{ field, messages: ['The same measure is listed twice'] }];
    seen.add(id);
    return [];
  });
}

import { Injectable } from '@nestjs/common';
import type { CreateProgressUpdateRequest, FieldError, ProgressUpdate } from '@steerline/contracts';
import { DataSource } from 'typeorm';
import { AuditService, changedFields } from '../audit/audit.service.js';
import type { CurrentUser } from '../common/auth/current-user.js';
import { ForbiddenError, NotFoundError, ValidationFailedError } from '../common/errors/domain-error.js';
import { progressSnapshot } from './action-audit.js';
import { assertNotCancelled, lockAction } from './action-checks.js';
import { type ActionView, accessFacts } from './action-reader.js';
import { progressProblems, statusForRag } from './action-status.js';
import { canPostUpdate } from './actions.policy.js';
import { readUpdates } from './progress-update-reader.js';

const NOT_YOURS = 'You can post updates only on actions you own, that your governance body owns, or that your organisation is a partner on.';

/** Progress updates are appended, never edited: a correction is a new update. */
@Injectable()
export class ProgressUpdatesService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(actionId: string): Promise<ProgressUpdate[]> {
    const [action] = await this.db.query(`SELECT 1 FROM action WHERE id = $1`, [actionId]);
    if (!action) throw new NotFoundError('The action');
    return readUpdates(this.db.manager, actionId);
  }

  /** The update, its measure values, the action's new RAG/percentage/status and both audit rows commit together. */
  async post(actor: CurrentUser, actionId: string, input: CreateProgressUpdateRequest): Promise<ProgressUpdate> {
    return this.db.transaction(async (manager) => {
      const { action: before } = await lockAction(manager, actionId);
      if (!canPostUpdate(actor, accessFacts(before))) throw new ForbiddenError(NOT_YOURS);
      assertNotCancelled(before);
      const measureValues = input.measureValues ?? [];
      const problems = [...progressProblems(input), ...measureValueProblems(before, measureValues)];
      if (problems.length > 0) throw new ValidationFailedError(problems);

      const [{ id }] = await manager.query(
        `INSERT INTO progress_update (action_id, author_id, commentary, rag, percent_complete, problem, corrective_action, revised_date)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [actionId, actor.id, input.commentary, input.rag, input.percentComplete, input.problem ?? null, input.correctiveAction ?? null, input.revisedDate ?? null],
      );
      for (const { measureId, value } of measureValues) {
        await manager.query(`INSERT INTO progress_update_measure (update_id, measure_id, value) VALUES ($1, $2, $3)`, [id, measureId, value]);
      }
      await manager.query(
        `UPDATE action SET rag = $2, percent_complete = $3, status = $4, last_update_at = now(), version = version + 1, updated_at = now() WHERE id = $1`,
        [actionId, input.rag, input.percentComplete, statusForRag(input.rag)],
      );

      const [update] = await readUpdates(manager, actionId, id);
      const { id: _id, author: _author, createdAt: _createdAt, ...posted } = update;
      await this.audit.record(manager, { actorId: actor.id, operation: 'create', entityType: 'progress_update', entityId: id, after: posted });
      // What the UPDATE above just wrote: no need to read the whole action again to know it.
      const [was, now] = [progressSnapshot(before), { status: statusForRag(input.rag), rag: input.rag, percentComplete: input.percentComplete }];
      if (Object.keys(changedFields(was, now)).length > 0) {
        await this.audit.record(manager, { actorId: actor.id, operation: 'edit', entityType: 'action', entityId: actionId, before: was, after: now });
      }
      return update;
    });
  }
}

/** Values may be reported only for the action's own measures, each at most once. */
function measureValueProblems(action: ActionView, values: { measureId: string }[]): FieldError[] {
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

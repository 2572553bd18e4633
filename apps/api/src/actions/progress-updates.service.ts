import { Injectable } from '@nestjs/common';
import type { ActionStatus, CreateProgressUpdateRequest, FieldError, ProgressUpdate, Rag } from '@steerline/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { changedFields } from '../audit/audit.service.js';
import type { CurrentUser } from '../common/auth/current-user.js';
import { ForbiddenError, NotFoundError, ValidationFailedError } from '../common/errors/domain-error.js';
import { PreparedStatement, runPrepared } from '../database/prepared-statement.js';
import { assertNotCancelled } from './action-checks.js';
import { progressProblems, statusForRag } from './action-status.js';
import { canPostUpdate } from './actions.policy.js';
import { ISO_TIMESTAMP, readUpdates } from './progress-update-reader.js';

const NOT_YOURS = 'You can post updates only on actions you own, that your governance body owns, or that your organisation is a partner on.';

/** What posting an update needs to know about the action: its access facts, progress and measures. */
interface LockedAction {
  id: string;
  reference: string;
  owner_id: string;
  owning_body_id: string;
  status: ActionStatus;
  rag: Rag;
  percent_complete: number;
  /** Whether the locked row is the version this statement's snapshot sees (see LOCK). */
  current: boolean;
  partner_ids: string[];
  measures: { id: string; name: string }[];
}

/**
 * Locks the action's row for the rest of the transaction (edits and updates to one action take turns) and reads what
 * posting needs, in one statement where it took two (the lock, then the whole action page). The lock is taken on
 * action alone, in a CTE, so a row that changed while we waited comes back in its new version rather than dropping out
 * of a join. The rest of the statement reads with the snapshot taken before the wait, though; `current` tells whether
 * the row changed after that snapshot (every writer that locks the action also updates it), and if it did the caller
 * reads again, now holding the lock.
 */
const LOCK = new PreparedStatement(`
  WITH locked AS MATERIALIZED (
    SELECT id, reference, owner_id, owning_body_id, status, rag, percent_complete, xmin::text AS row_version
    FROM action WHERE id = $1 FOR UPDATE
  )
  SELECT l.id, l.reference, l.owner_id, l.owning_body_id, l.status, l.rag, l.percent_complete,
         l.row_version IS NOT DISTINCT FROM (SELECT a.xmin::text FROM action a WHERE a.id = $1) AS current,
         ARRAY(SELECT ap.partner_id::text FROM action_partner ap WHERE ap.action_id = $1) AS partner_ids,
         (SELECT coalesce(json_agg(json_build_object('id', m.id, 'name', m.name) ORDER BY m.created_at, m.name, m.id), '[]')
          FROM measure m WHERE m.action_id = $1) AS measures
  FROM locked l`);

/**
 * The update, its measure values, the action's new RAG/percentage/status and both audit rows (the action's only when
 * its progress changed: $13 null otherwise) in one statement, where it took four to six. The audit rows take their ids
 * in this order, as they did one INSERT after the other. The progress_update trigger that moves last_update_at runs
 * after the statement and finds it already set.
 */
const POST = new PreparedStatement(`
  WITH pu AS (
    INSERT INTO progress_update (action_id, author_id, commentary, rag, percent_complete, problem, corrective_action, revised_date)
    VALUES ($1::uuid, $2::uuid, $3::text, $4::text, $5::int, $6::text, $7::text, $8::date)
    RETURNING id, author_id, created_at
  ), measured AS (
    INSERT INTO progress_update_measure (update_id, measure_id, value)
    SELECT pu.id, v.measure_id, v.value FROM pu, unnest($9::uuid[], $10::numeric[]) AS v(measure_id, value)
  ), moved AS (
    UPDATE action SET rag = $4::text, percent_complete = $5::int, status = $11::text, last_update_at = now(), version = version + 1, updated_at = now()
    WHERE id = $1::uuid
  ), audited AS (
    INSERT INTO audit_event (actor_id, operation, entity_type, entity_id, changes)
    SELECT $2::uuid, 'create', 'progress_update', pu.id::text, $12::jsonb FROM pu
    UNION ALL
    SELECT $2::uuid, 'edit', 'action', $1::uuid::text, $13::jsonb WHERE $13::jsonb IS NOT NULL
  )
  SELECT pu.id, pu.author_id, (SELECT u.name FROM app_user u WHERE u.id = pu.author_id) AS author_name,
         ${ISO_TIMESTAMP('pu.created_at')} AS created_at
  FROM pu`);

/** Progress updates are appended, never edited: a correction is a new update. */
@Injectable()
export class ProgressUpdatesService {
  constructor(private readonly db: DataSource) {}

  async list(actionId: string): Promise<ProgressUpdate[]> {
    const updates = await readUpdates(this.db.manager, actionId);
    if (!updates) throw new NotFoundError('The action');
    return updates;
  }

  /**
   * The update, its measure values, the action's new RAG/percentage/status and both audit rows commit together.
   * Four round trips: BEGIN, LOCK, POST, COMMIT; the response is built from what was written, not read back.
   */
  async post(actor: CurrentUser, actionId: string, input: CreateProgressUpdateRequest): Promise<ProgressUpdate> {
    return this.db.transaction(async (manager) => {
      const action = await lockForUpdate(manager, actionId);
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

      const [row] = await runPrepared<{ id: string; author_id: string; author_name: string; created_at: string }>(manager, POST, [
        action.id, actor.id, posted.commentary, posted.rag, posted.percentComplete, posted.problem, posted.correctiveAction, posted.revisedDate,
        measures.map((measure) => measure.id), values, status,
        JSON.stringify(changedFields(null, posted)),
        Object.keys(actionChanges).length > 0 ? JSON.stringify(actionChanges) : null,
      ]);
      const { actionId: _, ...rest } = posted;
      return { id: row.id, actionId: action.id, author: { id: row.author_id, name: row.author_name }, createdAt: row.created_at, ...rest };
    });
  }
}

/** Locks and reads the action (404 if there is none); reads again if it changed while the lock was awaited. */
async function lockForUpdate(manager: EntityManager, actionId: string): Promise<LockedAction> {
  const [action] = await runPrepared<LockedAction>(manager, LOCK, [actionId]);
  if (!action) throw new NotFoundError('The action');
  if (action.current) return action;
  // Now that this transaction holds the lock, a new statement's snapshot sees the row as it is.
  const [again] = await runPrepared<LockedAction>(manager, LOCK, [actionId]);
  return again;
}

/** Values may be reported only for the action's own measures, each at most once. */
function measureValueProblems(action: Pick<LockedAction, 'reference' | 'measures'>, values: { measureId: string }[]): FieldError[] {
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

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

/** What posting an update needs to know about the action: its version, access facts, progress and measures. */
interface ActionToUpdate {
  id: string;
  reference: string;
  owner_id: string;
  owning_body_id: string;
  status: ActionStatus;
  rag: Rag;
  percent_complete: number;
  version: number;
  partner_ids: string[];
  measures: { id: string; name: string }[];
}

/** The action as posting an update needs it, all from one snapshot. */
const READ = new PreparedStatement(`
  SELECT a.id, a.reference, a.owner_id, a.owning_body_id, a.status, a.rag, a.percent_complete, a.version,
         ARRAY(SELECT ap.partner_id::text FROM action_partner ap WHERE ap.action_id = a.id) AS partner_ids,
         (SELECT coalesce(json_agg(json_build_object('id', m.id, 'name', m.name) ORDER BY m.created_at, m.name, m.id), '[]')
          FROM measure m WHERE m.action_id = a.id) AS measures
  FROM action a WHERE a.id = $1`);

/**
 * The update, its measure values, the action's new RAG/percentage/status and both audit rows (the action's only when
 * its progress changed: $13 null otherwise) in one statement, so one transaction, and only if the action is still at
 * the version the checks were made on ($14): otherwise nothing is written and no row comes back. The audit rows take
 * their ids in this order, as they did one INSERT after the other. The progress_update trigger that moves
 * last_update_at runs after the statement and finds it already set.
 */
const POST = new PreparedStatement(`
  WITH moved AS (
    UPDATE action SET rag = $4::text, percent_complete = $5::int, status = $11::text, last_update_at = now(), version = version + 1, updated_at = now()
    WHERE id = $1::uuid AND version = $14::int
    RETURNING id
  ), pu AS (
    INSERT INTO progress_update (action_id, author_id, commentary, rag, percent_complete, problem, corrective_action, revised_date)
    SELECT moved.id, $2::uuid, $3::text, $4::text, $5::int, $6::text, $7::text, $8::date FROM moved
    RETURNING id, author_id, created_at
  ), measured AS (
    INSERT INTO progress_update_measure (update_id, measure_id, value)
    SELECT pu.id, v.measure_id, v.value FROM pu, unnest($9::uuid[], $10::numeric[]) AS v(measure_id, value)
  ), audited AS (
    INSERT INTO audit_event (actor_id, operation, entity_type, entity_id, changes)
    SELECT $2::uuid, 'create', 'progress_update', pu.id::text, $12::jsonb FROM pu
    UNION ALL
    SELECT $2::uuid, 'edit', 'action', moved.id::text, $13::jsonb FROM moved WHERE $13::jsonb IS NOT NULL
  )
  SELECT pu.id, pu.author_id, (SELECT u.name FROM app_user u WHERE u.id = pu.author_id) AS author_name,
         ${ISO_TIMESTAMP('pu.created_at')} AS created_at
  FROM pu`);

/** Locks the action's row until the transaction ends; a statement after it reads the action as it then stands. */
const LOCK = new PreparedStatement(`SELECT 1 FROM action WHERE id = $1 FOR UPDATE`);

/**
 * Posts racing other writes to one action are checked again this many times without a lock; after that the post takes
 * the action's lock and waits its turn, so under heavy contention it cannot keep losing.
 */
const UNLOCKED_ATTEMPTS = 3;

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
   * Checks the update against the action as read, then writes it only if the action is still that version: two round
   * trips and no lock held between them. If the action changed in between (another update, an edit, a cancellation),
   * it is read and checked again, so the checks always hold for the version written.
   */
  async post(actor: CurrentUser, actionId: string, input: CreateProgressUpdateRequest): Promise<ProgressUpdate> {
    for (let attempt = 1; attempt <= UNLOCKED_ATTEMPTS; attempt += 1) {
      const posted = await this.readAndPost(this.db.manager, actor, actionId, input);
      if (posted) return posted;
    }
    return this.db.transaction(async (manager) => {
      await runPrepared(manager, LOCK, [actionId]);
      const posted = await this.readAndPost(manager, actor, actionId, input);
      if (!posted) throw new Error('The action changed while its row was locked');
      return posted;
    });
  }

  private async readAndPost(db: EntityManager, actor: CurrentUser, actionId: string, input: CreateProgressUpdateRequest): Promise<ProgressUpdate | null> {
    const [action] = await runPrepared<ActionToUpdate>(db, READ, [actionId]);
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

    const [row] = await runPrepared<{ id: string; author_id: string; author_name: string; created_at: string }>(db, POST, [
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

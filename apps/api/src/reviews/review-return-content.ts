import type { FieldError, ReturnStatus, SaveReviewReturnRequest } from '@steerline/contracts';
import type { EntityManager } from 'typeorm';
import { ValidationFailedError } from '../common/errors/domain-error.js';
import type { ReviewReturnView } from './review-return-reader.js';
import { amendmentProblems } from './reviews.policy.js';

/** Measure values and amendments must name the action's own measures; a new due date cannot come before the start. */
async function contentProblems(manager: EntityManager, before: ReviewReturnView, input: SaveReviewReturnRequest): Promise<FieldError[]> {
  const measureIds = new Set(before.measures.map((m) => m.measureId));
  const notTheirs = ["must be one of this action's measures"];
  const problems: FieldError[] = [];
  const seen = new Set<string>();
  (input.measureValues ?? []).forEach(({ measureId }, index) => {
    if (!measureIds.has(measureId.toLowerCase())) problems.push({ field: `measureValues.${index}.measureId`, messages: notTheirs });
    else if (seen.has(measureId.toLowerCase())) problems.push({ field: `measureValues.${index}.measureId`, messages: ['is given more than once'] });
    seen.add(measureId.toLowerCase());
  });
  const amendments = input.amendments ?? [];
  problems.push(...amendmentProblems(amendments));
  const [{ start_date: startDate }] = await manager.query(`SELECT start_date::text AS start_date FROM action WHERE id = $1`, [before.action.id]);
  amendments.forEach((amendment, index) => {
    if (amendment.kind === 'measure_target' && amendment.measureId && !measureIds.has(amendment.measureId.toLowerCase())) {
      problems.push({ field: `amendments.${index}.measureId`, messages: notTheirs });
    }
    if (amendment.kind === 'due_date' && amendment.newDueDate && startDate && amendment.newDueDate < startDate) {
      problems.push({ field: `amendments.${index}.newDueDate`, messages: [`The new due date cannot be before the action starts (${startDate})`] });
    }
  });
  return problems;
}

const keep = <T>(given: T | undefined, saved: T): T => (given === undefined ? saved : given);

/** Writes a draft: the fields given (left-out fields keep their saved value), the measure values given, and the amendments when given. */
export async function saveReturnContent(
  manager: EntityManager, before: ReviewReturnView, input: SaveReviewReturnRequest, status: ReturnStatus,
): Promise<void> {
  const problems = await contentProblems(manager, before, input);
  if (problems.length > 0) throw new ValidationFailedError(problems);
  await manager.query(
    `UPDATE review_return SET status = $2, action_status = $3, rag = $4, rag_reason = $5, corrective_action = $6, revised_date = $7,
            narrative = $8, next_steps = $9 WHERE id = $1`,
    [
      before.id, status, keep(input.actionStatus, before.actionStatus), keep(input.rag, before.rag), keep(input.ragReason, before.ragReason),
      keep(input.correctiveAction, before.correctiveAction), keep(input.revisedDate, before.revisedDate),
      keep(input.narrative, before.narrative), keep(input.nextSteps, before.nextSteps),
    ],
  );
  for (const { measureId, value } of input.measureValues ?? []) {
    if (value === null) {
      await manager.query(`DELETE FROM review_return_measure WHERE return_id = $1 AND measure_id = $2`, [before.id, measureId]);
    } else {
      await manager.query(
        `INSERT INTO review_return_measure (return_id, measure_id, value) VALUES ($1, $2, $3)
         ON CONFLICT (return_id, measure_id) DO UPDATE SET value = EXCLUDED.value`,
        [before.id, measureId, value],
      );
    }
  }
  if (input.amendments) {
    await manager.query(`DELETE FROM review_amendment WHERE return_id = $1`, [before.id]);
    for (const [position, a] of input.amendments.entries()) {
      await manager.query(
        `INSERT INTO review_amendment (return_id, kind, new_due_date, new_scope, measure_id, new_target, reason, position)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [
          before.id, a.kind, a.kind === 'due_date' ? a.newDueDate : null, a.kind === 'scope' ? a.newScope : null,
          a.kind === 'measure_target' ? a.measureId : null, a.kind === 'measure_target' ? a.newTarget : null, a.reason.trim(), position,
        ],
      );
    }
  }
}

import type { FieldError, ReturnStatus, SaveReviewReturnRequest } from '@steerline/contracts';
import type { EntityManager } from 'typeorm';
import { ValidationFailedError } from '../common/errors/domain-error.js';
import {
  clearAmendments, insertAmendment, type ReviewReturnView, saveContent, selectActionStart, setMeasureValue,
} from './review-return.queries.js';
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
  const startDate = await selectActionStart(manager, before.action.id);
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
  await saveContent(manager, before.id, [
    status, keep(input.actionStatus, before.actionStatus), keep(input.rag, before.rag), keep(input.ragReason, before.ragReason),
    keep(input.correctiveAction, before.correctiveAction), keep(input.revisedDate, before.revisedDate),
    keep(input.narrative, before.narrative), keep(input.nextSteps, before.nextSteps),
  ]);
  for (const { measureId, value } of input.measureValues ?? []) await setMeasureValue(manager, before.id, measureId, value);
  if (input.amendments) {
    await clearAmendments(manager, before.id);
    for (const [position, a] of input.amendments.entries()) {
      await insertAmendment(manager, before.id, [
        a.kind, a.kind === 'due_date' ? a.newDueDate : null, a.kind === 'scope' ? a.newScope : null,
        a.kind === 'measure_target' ? a.measureId : null, a.kind === 'measure_target' ? a.newTarget : null, a.reason.trim(), position,
      ]);
    }
  }
}

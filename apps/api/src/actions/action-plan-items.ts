import type { FieldError, MeasureInput, MilestoneInput } from '@steerline/contracts';
import type { EntityManager } from 'typeorm';
import { ValidationFailedError } from '../common/errors/domain-error.js';
import { type PlanItemRow as Existing, removeLeftOut, saveMeasure, saveMilestone, selectMeasures, selectMilestones } from './action-plan.queries.js';

/**
 * Makes the action's milestones match the list sent: with an id, updated; without, added; left out, removed.
 * A done milestone is a record of delivery, so leaving one out is refused rather than deleting it.
 */
export async function replaceMilestones(db: EntityManager, actionId: string, inputs: MilestoneInput[]): Promise<void> {
  const existing = await selectMilestones(db, actionId);
  checkPlan('milestones', inputs, existing, (title) => `The milestone "${title}" is done, so it cannot be removed`);
  await removeLeftOut(db, 'milestone', actionId, kept(inputs));
  for (const input of inputs) await saveMilestone(db, actionId, input);
}

/**
 * Makes the action's measures match the list sent. A measure that progress updates have reported values for
 * cannot be removed: the values would lose their meaning.
 */
export async function replaceMeasures(db: EntityManager, actionId: string, inputs: MeasureInput[]): Promise<void> {
  const existing = await selectMeasures(db, actionId);
  checkPlan('measures', inputs, existing, (name) => `The measure "${name}" has values reported in progress updates, so it cannot be removed`);
  await removeLeftOut(db, 'measure', actionId, kept(inputs));
  for (const input of inputs) await saveMeasure(db, actionId, input);
}

function checkPlan(field: string, inputs: { id?: string }[], existing: Existing[], keptMessage: (label: string) => string): void {
  const problems: FieldError[] = [];
  const known = new Set(existing.map((item) => item.id));
  const seen = new Set<string>();
  inputs.forEach((input, index) => {
    if (input.id === undefined) return;
    const id = input.id.toLowerCase();
    if (!known.has(id)) problems.push({ field: `${field}.${index}.id`, messages: [`This is not one of the action's ${field}`] });
    else if (seen.has(id)) problems.push({ field: `${field}.${index}.id`, messages: [`The same one is listed twice`] });
    seen.add(id);
  });
  const lost = existing.filter((item) => item.kept && !seen.has(item.id)).map((item) => keptMessage(item.label));
  if (lost.length) problems.push({ field, messages: lost });
  if (problems.length) throw new ValidationFailedError(problems);
}

/** The ids of the items sent that exist already: the others are left out, so removed. */
const kept = (inputs: { id?: string }[]) => inputs.flatMap((input) => (input.id ? [input.id] : []));

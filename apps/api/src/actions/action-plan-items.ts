import type { FieldError, MeasureInput, MilestoneInput } from '@steerline/contracts';
import type { EntityManager } from 'typeorm';
import { ValidationFailedError } from '../common/errors/domain-error.js';

interface Existing {
  id: string;
  label: string;
  /** True when removing it would lose a record: a done milestone, a measure with reported values. */
  kept: boolean;
}

/**
 * Makes the action's milestones match the list sent: with an id, updated; without, added; left out, removed.
 * A done milestone is a record of delivery, so leaving one out is refused rather than deleting it.
 */
export async function replaceMilestones(db: EntityManager, actionId: string, inputs: MilestoneInput[]): Promise<void> {
  const existing: Existing[] = await db.query(
    `SELECT id, title AS label, done_date IS NOT NULL AS kept FROM milestone WHERE action_id = $1`,
    [actionId],
  );
  checkPlan('milestones', inputs, existing, (title) => `The milestone "${title}" is done, so it cannot be removed`);
  await removeLeftOut(db, 'milestone', actionId, inputs);
  for (const input of inputs) {
    const values = [input.title, input.dueDate, input.doneDate ?? null];
    if (input.id) await db.query(`UPDATE milestone SET title = $2, due_date = $3, done_date = $4 WHERE id = $1`, [input.id, ...values]);
    else await db.query(`INSERT INTO milestone (action_id, title, due_date, done_date) VALUES ($1, $2, $3, $4)`, [actionId, ...values]);
  }
}

/**
 * Makes the action's measures match the list sent. A measure that progress updates have reported values for
 * cannot be removed: the values would lose their meaning.
 */
export async function replaceMeasures(db: EntityManager, actionId: string, inputs: MeasureInput[]): Promise<void> {
  const existing: Existing[] = await db.query(
    `SELECT m.id, m.name AS label, EXISTS (SELECT 1 FROM progress_update_measure v WHERE v.measure_id = m.id) AS kept
     FROM measure m WHERE m.action_id = $1`,
    [actionId],
  );
  checkPlan('measures', inputs, existing, (name) => `The measure "${name}" has values reported in progress updates, so it cannot be removed`);
  await removeLeftOut(db, 'measure', actionId, inputs);
  for (const input of inputs) {
    const values = [input.name, input.unit ?? '', input.target ?? null, input.baseline ?? null];
    if (input.id) await db.query(`UPDATE measure SET name = $2, unit = $3, target = $4, baseline = $5 WHERE id = $1`, [input.id, ...values]);
    // clock_timestamp, not now(): measures added together keep the order they were listed in.
    else {
      const sql = `INSERT INTO measure (action_id, name, unit, target, baseline, created_at) VALUES ($1, $2, $3, $4, $5, clock_timestamp())`;
      await db.query(sql, [actionId, ...values]);
    }
  }
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

async function removeLeftOut(db: EntityManager, table: 'milestone' | 'measure', actionId: string, inputs: { id?: string }[]): Promise<void> {
  const keep = inputs.flatMap((input) => (input.id ? [input.id] : []));
  await db.query(`DELETE FROM ${table} WHERE action_id = $1 AND NOT (id = ANY($2::uuid[]))`, [actionId, keep]);
}

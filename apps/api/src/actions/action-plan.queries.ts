import type { MeasureInput, MilestoneInput } from '@steerline/contracts';
import type { EntityManager } from 'typeorm';
import { PreparedStatement, runPrepared } from '../database/prepared-statement.js';

/** The statements that keep an action's partners, segments, milestones and measures as an edit lists them. */

const LINKS = {
  partners: {
    clear: new PreparedStatement(`DELETE FROM action_partner WHERE action_id = $1`),
    add: new PreparedStatement(`INSERT INTO action_partner (action_id, partner_id) SELECT $1, unnest($2::uuid[])`),
  },
  segments: {
    clear: new PreparedStatement(`DELETE FROM action_segment WHERE action_id = $1`),
    add: new PreparedStatement(`INSERT INTO action_segment (action_id, segment_id) SELECT $1, unnest($2::uuid[])`),
  },
};

/** Replaces the action's partners or segments with exactly these ids (already checked to exist). */
export async function replaceLinks(db: EntityManager, actionId: string, kind: keyof typeof LINKS, ids: string[]): Promise<void> {
  await runPrepared(db, LINKS[kind].clear, [actionId]);
  if (ids.length > 0) await runPrepared(db, LINKS[kind].add, [actionId, ids]);
}

/** A milestone or measure the action has; `kept` when removing it would lose a record. */
export interface PlanItemRow {
  id: string;
  label: string;
  /** True when removing it would lose a record: a done milestone, a measure with reported values. */
  kept: boolean;
}

const MILESTONES = new PreparedStatement(`SELECT id, title AS label, done_date IS NOT NULL AS kept FROM milestone WHERE action_id = $1`);
const MEASURES = new PreparedStatement(`
  SELECT m.id, m.name AS label, EXISTS (SELECT 1 FROM progress_update_measure v WHERE v.measure_id = m.id) AS kept
  FROM measure m WHERE m.action_id = $1`);

export const selectMilestones = (db: EntityManager, actionId: string) => runPrepared<PlanItemRow>(db, MILESTONES, [actionId]);
export const selectMeasures = (db: EntityManager, actionId: string) => runPrepared<PlanItemRow>(db, MEASURES, [actionId]);

const REMOVE_LEFT_OUT = {
  milestone: new PreparedStatement(`DELETE FROM milestone WHERE action_id = $1 AND NOT (id = ANY($2::uuid[]))`),
  measure: new PreparedStatement(`DELETE FROM measure WHERE action_id = $1 AND NOT (id = ANY($2::uuid[]))`),
};

/** Deletes the action's milestones or measures whose ids are not in `keep`. */
export async function removeLeftOut(db: EntityManager, table: keyof typeof REMOVE_LEFT_OUT, actionId: string, keep: string[]): Promise<void> {
  await runPrepared(db, REMOVE_LEFT_OUT[table], [actionId, keep]);
}

const UPDATE_MILESTONE = new PreparedStatement(`UPDATE milestone SET title = $2, due_date = $3, done_date = $4 WHERE id = $1`);
const INSERT_MILESTONE = new PreparedStatement(`INSERT INTO milestone (action_id, title, due_date, done_date) VALUES ($1, $2, $3, $4)`);

/** Updates the milestone with this id, or adds it to the action when it has none. */
export async function saveMilestone(db: EntityManager, actionId: string, input: MilestoneInput): Promise<void> {
  const values = [input.title, input.dueDate, input.doneDate ?? null];
  if (input.id) await runPrepared(db, UPDATE_MILESTONE, [input.id, ...values]);
  else await runPrepared(db, INSERT_MILESTONE, [actionId, ...values]);
}

const UPDATE_MEASURE = new PreparedStatement(`UPDATE measure SET name = $2, unit = $3, target = $4, baseline = $5 WHERE id = $1`);
// clock_timestamp, not now(): measures added together keep the order they were listed in.
const INSERT_MEASURE = new PreparedStatement(`
  INSERT INTO measure (action_id, name, unit, target, baseline, created_at) VALUES ($1, $2, $3, $4, $5, clock_timestamp())`);

/** Updates the measure with this id, or adds it to the action when it has none. */
export async function saveMeasure(db: EntityManager, actionId: string, input: MeasureInput): Promise<void> {
  const values = [input.name, input.unit ?? '', input.target ?? null, input.baseline ?? null];
  if (input.id) await runPrepared(db, UPDATE_MEASURE, [input.id, ...values]);
  else await runPrepared(db, INSERT_MEASURE, [actionId, ...values]);
}

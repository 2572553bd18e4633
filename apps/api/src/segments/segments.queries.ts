import type { LiveActionRef } from '@steerline/contracts';
import type { EntityManager } from 'typeorm';
import { PreparedStatement, runPrepared } from '../database/prepared-statement.js';

export interface SegmentRow {
  id: string;
  name: string;
  household_share: string;
  very_low_propensity: boolean;
  description: string;
  retired: boolean;
  version: number;
}

const SEGMENT_COLUMNS = 'id, name, household_share, very_low_propensity, description, retired_at IS NOT NULL AS retired, version';

const LIST = new PreparedStatement(`
  SELECT ${SEGMENT_COLUMNS} FROM population_segment
   ORDER BY retired_at IS NOT NULL, very_low_propensity DESC, household_share DESC, name`);
/**
 * Uncovered very-low-propensity segments first (the warning), then very-low-propensity, then by share; retired segments
 * last (no warning for them: nobody plans new work for them).
 */
const COVERAGE = new PreparedStatement(`
  SELECT s.id, s.name, s.household_share, s.very_low_propensity, s.description, s.retired_at IS NOT NULL AS retired, s.version,
         coalesce(
           json_agg(json_build_object('id', a.id, 'reference', a.reference, 'title', a.title, 'rag', a.rag, 'status', a.status)
                    ORDER BY a.reference) FILTER (WHERE a.id IS NOT NULL),
           '[]'
         ) AS live_actions
    FROM population_segment s
    LEFT JOIN action_segment x ON x.segment_id = s.id
    LEFT JOIN action a ON a.id = x.action_id AND a.status NOT IN ('complete', 'cancelled')
   GROUP BY s.id
   ORDER BY s.retired_at IS NOT NULL, (s.very_low_propensity AND count(a.id) = 0) DESC, s.very_low_propensity DESC, s.household_share DESC, s.name`);
const INSERT = new PreparedStatement(`
  INSERT INTO population_segment (strategy_id, name, household_share, very_low_propensity, description)
  VALUES ($1, $2, $3, $4, $5) RETURNING ${SEGMENT_COLUMNS}`);
const LOCK = new PreparedStatement(`SELECT ${SEGMENT_COLUMNS}, strategy_id FROM population_segment WHERE id = $1 FOR UPDATE`);
const UPDATE = new PreparedStatement(`
  UPDATE population_segment SET name = $2, household_share = $3, very_low_propensity = $4, description = $5, version = version + 1
   WHERE id = $1`);
const RETIRE = new PreparedStatement(`UPDATE population_segment SET retired_at = now(), version = version + 1 WHERE id = $1`);
const NAME_TAKEN = new PreparedStatement(`
  SELECT 1 FROM population_segment WHERE strategy_id = $1 AND lower(name) = lower($2) AND id IS DISTINCT FROM $3`);

export const selectSegments = (db: EntityManager) => runPrepared<SegmentRow>(db, LIST);

export const selectCoverage = (db: EntityManager) => runPrepared<SegmentRow & { live_actions: LiveActionRef[] }>(db, COVERAGE);

interface SegmentFields {
  name: string;
  householdShare: number;
  veryLowPropensity: boolean;
  description: string;
}

export async function insertSegment(db: EntityManager, strategyId: string, s: SegmentFields): Promise<SegmentRow> {
  const [row] = await runPrepared<SegmentRow>(db, INSERT, [strategyId, s.name, s.householdShare, s.veryLowPropensity, s.description]);
  return row;
}

/** The segment, its row locked until the transaction ends; undefined when there is none. */
export async function lockSegment(db: EntityManager, id: string): Promise<(SegmentRow & { strategy_id: string }) | undefined> {
  const [row] = await runPrepared<SegmentRow & { strategy_id: string }>(db, LOCK, [id]);
  return row;
}

export async function updateSegment(db: EntityManager, id: string, s: SegmentFields): Promise<void> {
  await runPrepared(db, UPDATE, [id, s.name, s.householdShare, s.veryLowPropensity, s.description]);
}

export async function retireSegment(db: EntityManager, id: string): Promise<void> {
  await runPrepared(db, RETIRE, [id]);
}

/** Whether another segment of the strategy (not `exceptId`) has this name, whatever its case. */
export const segmentNameTaken = async (db: EntityManager, strategyId: string, name: string, exceptId: string | null) =>
  (await runPrepared(db, NAME_TAKEN, [strategyId, name, exceptId])).length > 0;

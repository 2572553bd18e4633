import { DASHBOARD_LIST_LIMIT, MILESTONES_DUE_SOON_DAYS, type RagCounts } from '@steerline/contracts';
import type { EntityManager } from 'typeorm';
import { PreparedStatement, runPrepared } from '../database/prepared-statement.js';

/**
 * Every priority with the RAG ratings of its actions that are not cancelled, from the counts that triggers keep
 * (migration PriorityRagCounts): at most 30 rows, where counting read all 4,633 open actions of the bench's data.
 */
const RAG_BY_PRIORITY = new PreparedStatement(`
  SELECT p.id, p.number, p.title,
    coalesce(sum(c.actions) FILTER (WHERE c.rag = 'red'), 0)::int AS red,
    coalesce(sum(c.actions) FILTER (WHERE c.rag = 'amber'), 0)::int AS amber,
    coalesce(sum(c.actions) FILTER (WHERE c.rag = 'green'), 0)::int AS green,
    coalesce(sum(c.actions) FILTER (WHERE c.rag = 'blue'), 0)::int AS blue,
    coalesce(sum(c.actions) FILTER (WHERE c.rag = 'grey'), 0)::int AS grey,
    coalesce(sum(c.actions), 0)::int AS total
  FROM priority p
  LEFT JOIN priority_rag_count c ON c.priority_id = p.id
  GROUP BY p.id
  ORDER BY p.number, p.id`);

export interface RagByPriorityRow extends RagCounts {
  id: string;
  number: number;
  title: string;
}

/** Open milestones of actions that are not cancelled, due from today on, soonest first; `total` counts them all. */
const MILESTONES_DUE_SOON = new PreparedStatement(`
  SELECT m.id, m.title, to_char(m.due_date, 'YYYY-MM-DD') AS due_date,
    a.id AS action_id, a.reference AS action_reference, a.title AS action_title,
    count(*) OVER ()::int AS total
  FROM milestone m
  JOIN action a ON a.id = m.action_id
  WHERE m.done_date IS NULL
    AND a.status <> 'cancelled'
    AND m.due_date BETWEEN current_date AND current_date + ${MILESTONES_DUE_SOON_DAYS}
  ORDER BY m.due_date, a.reference, m.title, m.id
  LIMIT ${DASHBOARD_LIST_LIMIT}`);

export interface MilestoneDueSoonRow {
  id: string;
  title: string;
  due_date: string;
  action_id: string;
  action_reference: string;
  action_title: string;
  total: number;
}

export const selectRagByPriority = (db: EntityManager) => runPrepared<RagByPriorityRow>(db, RAG_BY_PRIORITY);

export const selectMilestonesDueSoon = (db: EntityManager) => runPrepared<MilestoneDueSoonRow>(db, MILESTONES_DUE_SOON);

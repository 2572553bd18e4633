import { DASHBOARD_LIST_LIMIT, MILESTONES_DUE_SOON_DAYS } from '@steerline/contracts';

/** Every priority with the RAG ratings of its actions that are not cancelled. */
export const RAG_BY_PRIORITY = `
  SELECT p.id, p.number, p.title,
    count(a.id) FILTER (WHERE a.rag = 'red')::int AS red,
    count(a.id) FILTER (WHERE a.rag = 'amber')::int AS amber,
    count(a.id) FILTER (WHERE a.rag = 'green')::int AS green,
    count(a.id) FILTER (WHERE a.rag = 'blue')::int AS blue,
    count(a.id) FILTER (WHERE a.rag = 'grey')::int AS grey,
    count(a.id)::int AS total
  FROM priority p
  LEFT JOIN action a ON a.priority_id = p.id AND a.status <> 'cancelled'
  GROUP BY p.id
  ORDER BY p.number, p.id`;

export interface RagByPriorityRow {
  id: string;
  number: number;
  title: string;
  red: number;
  amber: number;
  green: number;
  blue: number;
  grey: number;
  total: number;
}

/** Open milestones of actions that are not cancelled, due from today on, soonest first; `total` counts them all. */
export const MILESTONES_DUE_SOON = `
  SELECT m.id, m.title, to_char(m.due_date, 'YYYY-MM-DD') AS due_date,
    a.id AS action_id, a.reference AS action_reference, a.title AS action_title,
    count(*) OVER ()::int AS total
  FROM milestone m
  JOIN action a ON a.id = m.action_id
  WHERE m.done_date IS NULL
    AND a.status <> 'cancelled'
    AND m.due_date BETWEEN current_date AND current_date + ${MILESTONES_DUE_SOON_DAYS}
  ORDER BY m.due_date, a.reference, m.title, m.id
  LIMIT ${DASHBOARD_LIST_LIMIT}`;

export interface MilestoneDueSoonRow {
  id: string;
  title: string;
  due_date: string;
  action_id: string;
  action_reference: string;
  action_title: string;
  total: number;
}

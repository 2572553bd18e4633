import type { ActionStatus, ActionSummary, Rag } from '@steerline/contracts';

/** One row of the summary SELECT in list/action-list.queries.ts (action.queries.ts reads the same columns). */
export interface ActionSummaryRow {
  id: string;
  reference: string;
  title: string;
  status: ActionStatus;
  rag: Rag;
  percent_complete: number;
  version: number;
  start_date: string | null;
  due_date: string | null;
  last_update_at: Date | null;
  overdue: boolean;
  blocked: boolean;
  priority_id: string;
  priority_number: number;
  priority_title: string;
  owner_id: string;
  owner_name: string;
  body_id: string;
  body_name: string;
}

export function toActionSummary(row: ActionSummaryRow): ActionSummary {
  return {
    id: row.id,
    reference: row.reference,
    title: row.title,
    priority: { id: row.priority_id, number: row.priority_number, title: row.priority_title },
    owner: { id: row.owner_id, name: row.owner_name },
    owningBody: { id: row.body_id, name: row.body_name },
    status: row.status,
    rag: row.rag,
    percentComplete: row.percent_complete,
    startDate: row.start_date,
    dueDate: row.due_date,
    overdue: row.overdue,
    blocked: row.blocked,
    lastUpdateAt: row.last_update_at ? row.last_update_at.toISOString() : null,
    version: row.version,
  };
}

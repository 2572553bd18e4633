import type { ActionStatus, Rag } from './actions.js';

export const ACTION_LIST_SORTS = ['reference', 'title', 'dueDate', 'rag', 'status', 'priority', 'lastUpdateAt'] as const;
/**
 * `rag` ascending runs red, amber, green, blue, grey (most severe first); `status` ascending follows the
 * life of an action (not started, in progress, complete, cancelled). Ties are broken by reference.
 */
export type ActionListSort = (typeof ACTION_LIST_SORTS)[number];

export const SORT_DIRECTIONS = ['asc', 'desc'] as const;
export type SortDirection = (typeof SORT_DIRECTIONS)[number];

export const ACTION_LIST_DEFAULT_PAGE_SIZE = 25;
export const ACTION_LIST_MAX_PAGE_SIZE = 100;
/** An action still open (not complete, not cancelled) with no progress update for this many days is stale. */
export const STALE_AFTER_DAYS = 30;

/**
 * Filters of `GET /api/actions` and its exports (`/api/actions/export.csv`, `/api/actions/export.xlsx`).
 * In a query string, list filters may repeat (`status=a&status=b`) or be comma separated (`status=a,b`).
 * Cancelled actions are left out unless `status` names `cancelled`.
 */
export interface ActionListFilters {
  /** Priority ids or numbers. */
  priority?: string[];
  status?: ActionStatus[];
  rag?: Rag[];
  /** A user id, or `me` for the signed-in user. */
  owner?: string;
  /** Owning body id. */
  body?: string;
  /** Partner id: actions that partner works on. */
  partner?: string;
  /** Population segment id: actions that target it. */
  segment?: string;
  /** Due before today and neither complete nor cancelled. */
  overdue?: boolean;
  /** Open and no progress update for STALE_AFTER_DAYS days (or never). */
  stale?: boolean;
  /** Waits on at least one blocking action that is neither complete nor cancelled. */
  blocked?: boolean;
  /** Case-insensitive text in the reference, title or description. */
  q?: string;
  sort?: ActionListSort;
  direction?: SortDirection;
}

/** `GET /api/actions` answers `Page<ActionSummary>`. */
export interface ActionListQuery extends ActionListFilters {
  /** 1-based. */
  page?: number;
  pageSize?: number;
}

/** The columns of the CSV and XLSX exports, in order. */
export const ACTION_EXPORT_COLUMNS = [
  'Reference',
  'Title',
  'Priority',
  'Owner',
  'Owning body',
  'Status',
  'RAG',
  '% complete',
  'Start date',
  'Due date',
  'Overdue',
  'Last update',
] as const;

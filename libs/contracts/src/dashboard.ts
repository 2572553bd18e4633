import type { ActionSummary, PriorityRef } from './actions.js';
import type { RiskSummary } from './risks.js';

/** At most this many rows in each list of the dashboard; `total` says how many there are in all. */
export const DASHBOARD_LIST_LIMIT = 20;
/** Milestones due within this many days from today are "due soon". */
export const MILESTONES_DUE_SOON_DAYS = 30;

export interface RagCounts {
  red: number;
  amber: number;
  green: number;
  blue: number;
  grey: number;
  total: number;
}

/** Every priority, in number order, with the RAG ratings of its actions that are not cancelled (blue: complete). */
export interface PriorityRagCounts extends RagCounts {
  priority: PriorityRef;
}

export interface DashboardList<T> {
  items: T[];
  total: number;
}

export interface MilestoneDueSoon {
  id: string;
  title: string;
  /** ISO `YYYY-MM-DD`. */
  dueDate: string;
  action: { id: string; reference: string; title: string };
}

/** `GET /api/dashboard`. */
export interface DashboardResponse {
  ragByPriority: PriorityRagCounts[];
  /** Overdue actions, most overdue first. */
  overdue: DashboardList<ActionSummary>;
  /** Open milestones of actions that are not cancelled, due from today to MILESTONES_DUE_SOON_DAYS days ahead, soonest first. */
  milestonesDueSoon: DashboardList<MilestoneDueSoon>;
  /** The signed-in user's open actions with no progress update for STALE_AFTER_DAYS days (or never), longest waiting first. */
  myActionsNeedingUpdate: DashboardList<ActionSummary>;
  /** Risks whose review date has passed and that are not closed, most overdue first. */
  riskReviewsOverdue: DashboardList<RiskSummary>;
}

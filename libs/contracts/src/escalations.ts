/** Escalations raised on actions and the channel shift board's decisions on them. */
import { ACTION_LIST_DEFAULT_PAGE_SIZE, ACTION_LIST_MAX_PAGE_SIZE } from './action-list.js';
import type { PersonRef } from './people.js';

export const ESCALATION_URGENCIES = ['routine', 'high', 'urgent'] as const;
export type EscalationUrgency = (typeof ESCALATION_URGENCIES)[number];

export const ESCALATION_STATUSES = ['open', 'under_review', 'agreed', 'declined', 'resolved'] as const;
export type EscalationStatus = (typeof ESCALATION_STATUSES)[number];

export const DECISION_OUTCOMES = ['agreed', 'declined'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

export interface BoardMeetingRef {
  id: string;
  meetingDate: string;
  title: string;
}

/** Work an agreed decision asks for: it appears as a milestone on the action. */
export interface DecisionFollowUp {
  owner: PersonRef;
  dueDate: string;
  /** Null once the milestone has been removed from the action. */
  milestoneId: string | null;
}

export interface EscalationDecision {
  outcome: DecisionOutcome;
  text: string;
  conditions: string | null;
  decidedBy: PersonRef;
  decidedAt: string;
  /** The board meeting it was decided at, if any. */
  meeting: BoardMeetingRef | null;
  followUp: DecisionFollowUp | null;
}

export interface Escalation {
  id: string;
  action: { id: string; reference: string; title: string };
  raisedBy: PersonRef;
  raisedAt: string;
  problem: string;
  impact: string;
  decisionSought: string;
  urgency: EscalationUrgency;
  neededBy: string;
  status: EscalationStatus;
  /** Whole days since it was raised. */
  ageDays: number;
  /** Still waiting for a decision and its needed-by date has passed. */
  overdue: boolean;
  reviewer: PersonRef | null;
  reviewStartedAt: string | null;
  decision: EscalationDecision | null;
  outcome: string | null;
  resolvedBy: PersonRef | null;
  resolvedAt: string | null;
  version: number;
}

export interface CreateEscalationRequest {
  problem: string;
  impact: string;
  decisionSought: string;
  urgency: EscalationUrgency;
  /** YYYY-MM-DD */
  neededBy: string;
}

/** A board member takes an open escalation for review. */
export interface TakeEscalationRequest {
  version: number;
}

export interface DecideEscalationRequest {
  version: number;
  outcome: DecisionOutcome;
  decisionText: string;
  conditions?: string | null;
  /** Recorded during this board meeting; the escalation must be on its agenda. */
  meetingId?: string | null;
  /** Only with an agreed decision. */
  followUp?: FollowUpInput | null;
}

export interface FollowUpInput {
  ownerId: string;
  /** YYYY-MM-DD */
  dueDate: string;
  /** The milestone's title; defaults to one naming the decision. */
  title?: string;
}

export interface BoardMeetingSummary extends BoardMeetingRef {
  agendaCount: number;
}

export interface BoardMeeting extends BoardMeetingRef {
  createdBy: PersonRef;
  /** The escalations on its agenda, in the order they were added. */
  agenda: Escalation[];
}

export interface CreateBoardMeetingRequest {
  /** YYYY-MM-DD */
  meetingDate: string;
  title: string;
}

/** Puts an escalation on the agenda; an open one moves to under review. */
export interface AddAgendaItemRequest {
  escalationId: string;
  version: number;
}

export interface ResolveEscalationRequest {
  version: number;
  outcome: string;
}

/** Filters of the board's queue; each list is repeated or comma separated in the query string. */
export interface EscalationQueueFilters {
  priority?: string[];
  body?: string[];
  urgency?: EscalationUrgency[];
}

/** The queue pages like the action list, with the same sizes. */
export const ESCALATION_QUEUE_DEFAULT_PAGE_SIZE = ACTION_LIST_DEFAULT_PAGE_SIZE;
export const ESCALATION_QUEUE_MAX_PAGE_SIZE = ACTION_LIST_MAX_PAGE_SIZE;

/** `GET /api/escalations/queue` answers `Page<Escalation>`, in the queue's order. */
export interface EscalationQueueQuery extends EscalationQueueFilters {
  /** 1-based. */
  page?: number;
  pageSize?: number;
}

/** One row of the decision log. */
export interface DecisionLogEntry {
  escalationId: string;
  action: { id: string; reference: string; title: string };
  decisionSought: string;
  urgency: EscalationUrgency;
  outcome: DecisionOutcome;
  decisionText: string;
  conditions: string | null;
  decidedBy: PersonRef;
  decidedAt: string;
  raisedBy: PersonRef;
  status: EscalationStatus;
  /** The board meeting it was decided at, if any. */
  meeting: BoardMeetingRef | null;
}

export interface DecisionLogFilters {
  outcome?: DecisionOutcome[];
  priority?: string[];
  body?: string[];
  action?: string;
  /** A board meeting id: the decisions taken at it */
  meeting?: string;
  /** YYYY-MM-DD, inclusive */
  from?: string;
  to?: string;
}

export interface AppNotification {
  id: string;
  kind: string;
  title: string;
  body: string;
  actionId: string | null;
  escalationId: string | null;
  /** Set on review notices: a cycle opened, a return sent back, a reminder. */
  reviewCycleId: string | null;
  /** Set on notices about one return (a reminder, a return sent back): the owner's own return to open. */
  reviewReturnId: string | null;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationList {
  items: AppNotification[];
  unreadCount: number;
}

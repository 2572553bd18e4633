import { type DecisionOutcome, type EscalationStatus, type EscalationUrgency, Permission } from '@steerline/contracts';
import type { Actor } from '../common/auth/actor.js';

/** What a board member can do to an escalation; raising is not a move, it creates one. */
export type EscalationMove = 'take' | DecisionOutcome | 'resolve';

const FROM: Record<EscalationMove, readonly EscalationStatus[]> = {
  take: ['open'],
  agreed: ['under_review'],
  declined: ['under_review'],
  resolve: ['agreed', 'declined'],
};

const TO: Record<EscalationMove, EscalationStatus> = { take: 'under_review', agreed: 'agreed', declined: 'declined', resolve: 'resolved' };

const STATUS_WORDS: Record<EscalationStatus, string> = {
  open: 'open',
  under_review: 'under review',
  agreed: 'agreed',
  declined: 'declined',
  resolved: 'resolved',
};

const WHY: Record<EscalationMove, string> = {
  take: 'Only an open escalation can be taken for review',
  agreed: 'Only an escalation under review can be decided; take it for review first',
  declined: 'Only an escalation under review can be decided; take it for review first',
  resolve: 'Only an agreed or declined escalation can be resolved',
};

/** The status after the move, or null when the move is not allowed from this status. */
export function nextStatus(current: EscalationStatus, move: EscalationMove): EscalationStatus | null {
  return FROM[move].includes(current) ? TO[move] : null;
}

/** Why the move is refused from this status, for the error message; null when it is allowed. */
export function refusedMoveReason(current: EscalationStatus, move: EscalationMove): string | null {
  if (nextStatus(current, move)) return null;
  return `${WHY[move]}; this one is ${STATUS_WORDS[current]}.`;
}

/**
 * Putting an escalation on a board meeting's agenda: an open one goes under review, one under review stays there;
 * a decided or resolved one cannot be scheduled (null).
 */
export function statusWhenScheduled(current: EscalationStatus): EscalationStatus | null {
  return current === 'open' || current === 'under_review' ? 'under_review' : null;
}

/** Only channel shift board members take, decide and resolve escalations (admins cannot). */
export function canDecide(actor: Pick<Actor, 'permissions'>): boolean {
  return actor.permissions.includes(Permission.EscalationDecide);
}

/** Any member who can see an action may raise an escalation on it. */
export function canRaise(actor: Pick<Actor, 'permissions'>): boolean {
  return actor.permissions.includes(Permission.EscalationRaise);
}

/** Still waiting for the board: open or under review. */
export const isAwaitingDecision = (status: EscalationStatus) => status === 'open' || status === 'under_review';

/** Overdue when still awaiting a decision and the needed-by date is before today (dates as YYYY-MM-DD). */
export function isOverdue(status: EscalationStatus, neededBy: string, today: string): boolean {
  return isAwaitingDecision(status) && neededBy < today;
}

export const URGENCY_RANK: Record<EscalationUrgency, number> = { urgent: 0, high: 1, routine: 2 };

import type { BlockerConcern, DependencyLink } from '@steerline/contracts';
import type { LinkRow, WatchedLinkRow } from './dependency.queries.js';

/**
 * Why a blocker puts the action waiting on it at risk: rated red, past its due date, or due after the action that
 * waits on it. A complete or cancelled blocker no longer blocks anything.
 */
export function blockerConcern(blocker: Pick<LinkRow, 'status' | 'rag' | 'overdue' | 'due_date'>, waitingDueDate: string | null): BlockerConcern {
  if (blocker.status === 'complete' || blocker.status === 'cancelled') return null;
  if (blocker.rag === 'red') return 'red';
  if (blocker.overdue) return 'overdue';
  if (dueAfter(blocker.due_date, waitingDueDate)) return 'due_after';
  return null;
}

/** `YYYY-MM-DD` dates compare as text. */
export const dueAfter = (blockerDue: string | null, waitingDue: string | null) => blockerDue !== null && waitingDue !== null && blockerDue > waitingDue;

export function toLink(row: LinkRow, asBlocker: boolean): DependencyLink {
  return {
    id: row.id, reference: row.reference, title: row.title, status: row.status, rag: row.rag, dueDate: row.due_date,
    owner: { id: row.owner_id, name: row.owner_name },
    concern: asBlocker ? blockerConcern(row, row.other_due_date) : null,
  };
}

/** What the owner of the waiting action should know about its blocker now; nothing once the waiting action is closed. */
export function linkConcern(link: WatchedLinkRow): BlockerConcern {
  if (link.blocked_status === 'complete' || link.blocked_status === 'cancelled') return null;
  return blockerConcern(link, link.blocked_due_date);
}

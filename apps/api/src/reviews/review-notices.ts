import type { NewNotification } from '../notifications/notifications.service.js';
import type { ReviewCycleView } from './review-cycle.queries.js';
import type { ReviewReturnView } from './review-return.queries.js';

/** What an owner is told when a cycle opens: the returns they owe and when. */
export function cycleOpenedNotice(cycle: ReviewCycleView, actions: readonly { reference: string; title: string }[]): NewNotification {
  const lines = [
    `The review cycle ${cycle.name} (${cycle.periodStart} to ${cycle.periodEnd}) is open.`,
    `Please submit a review return for ${actions.length === 1 ? 'your action' : 'each of your actions'} by ${cycle.returnsDue}:`,
    ...actions.map((action) => `- ${action.reference} ${action.title}`),
  ];
  return { kind: 'review_cycle_opened', title: `Review returns due by ${cycle.returnsDue}: ${cycle.name}`, body: lines.join('\n'), reviewCycleId: cycle.id };
}

/** What the owner is told when the board sends their return back. */
export function sentBackNotice(ret: ReviewReturnView, boardMember: string): NewNotification {
  const lines = [
    `${boardMember} sent back your review return for ${ret.action.reference} ${ret.action.title} in ${ret.cycle.name}.`,
    '',
    `Comment: ${ret.boardComment}`,
    '',
    `Please update it and submit it again by ${ret.cycle.returnsDue}.`,
  ];
  return {
    kind: 'review_return_sent_back',
    title: `Review return sent back: ${ret.action.reference}`,
    body: lines.join('\n'),
    actionId: ret.action.id,
    reviewCycleId: ret.cycle.id,
    reviewReturnId: ret.id,
  };
}

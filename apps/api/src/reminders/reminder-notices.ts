import type { NewNotification } from '../notifications/notifications.service.js';
import type { ReminderKind } from './reminder-rules.js';

/** One return owed a reminder, with what the owner needs to recognise it. */
export interface PendingReturn {
  returnId: string;
  ownerId: string;
  status: string;
  cycleId: string;
  cycleName: string;
  returnsDue: string;
  actionId: string;
  reference: string;
  title: string;
}

const longDate = (isoDate: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(`${isoDate}T00:00:00Z`));

/** What the owner is told in the app and, when SMTP is set up, by e-mail. */
export function reminderNotice(kind: ReminderKind, pending: PendingReturn): NewNotification {
  const due = longDate(pending.returnsDue);
  const what = `Your return on ${pending.reference} ${pending.title} for the review cycle "${pending.cycleName}"`;
  const lines =
    kind === 'due_soon'
      ? [`${what} is due on ${due} and has not been submitted yet.`]
      : [`${what} was due on ${due} and has not been submitted. Please submit it as soon as you can.`];
  if (pending.status === 'sent_back') lines.push('', 'The board sent it back to you with a comment: please revise it and submit it again.');
  lines.push('', 'Open your return in Steerline to complete and submit it.');
  return {
    kind: kind === 'due_soon' ? 'review_return_due_soon' : 'review_return_overdue',
    title: kind === 'due_soon' ? `Review return due ${due}: ${pending.reference}` : `Review return overdue: ${pending.reference}`,
    body: lines.join('\n'),
    actionId: pending.actionId,
    reviewCycleId: pending.cycleId,
    reviewReturnId: pending.returnId,
  };
}

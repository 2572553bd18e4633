import type { BlockerConcern } from '@steerline/contracts';
import type { NewNotification } from '../../notifications/notifications.service.js';
import type { WatchedLinkRow } from './dependency.queries.js';

export const DEPENDENCY_NOTICE_KIND = 'blocker_concern';

const longDate = (isoDate: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(`${isoDate}T00:00:00Z`));

/** What the owner of the waiting action is told in the app and by e-mail when its blocker becomes a concern. */
export function dependencyNotice(concern: Exclude<BlockerConcern, null>, link: WatchedLinkRow): NewNotification {
  const blocker = `${link.blocker_reference} ${link.blocker_title}`;
  const waiting = `${link.blocked_reference} ${link.blocked_title}`;
  const why = {
    red: { title: 'is rated red', line: 'which has been rated red' },
    overdue: { title: 'is overdue', line: `which was due on ${longDate(link.due_date!)} and is not complete` },
    due_after: {
      title: `is now due after ${link.blocked_reference}`,
      line: `which is now due on ${longDate(link.due_date!)}, after ${link.blocked_reference} (due ${longDate(link.blocked_due_date!)})`,
    },
  }[concern];
  return {
    kind: DEPENDENCY_NOTICE_KIND,
    title: `${link.blocker_reference} ${why.title}: ${link.blocked_reference} is waiting on it`,
    body: [
      `${waiting} is waiting on ${blocker}, ${why.line}.`,
      '',
      `Open ${link.blocked_reference} in Steerline to see what it is waiting on, and talk to the owner of ${link.blocker_reference} if its plan has to change.`,
    ].join('\n'),
    actionId: link.blocked_id,
  };
}

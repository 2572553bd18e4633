import type { MailMessage } from '../../notifications/mail.service.js';
import type { DueItem, DueKind } from './weekly-due.queries.js';

const HEADINGS: Record<DueKind, string> = {
  return: 'Review returns to complete',
  follow_up: 'Follow-ups the board asked of you',
  milestone: 'Milestones due in the next 14 days, or late',
  no_update: 'Actions with no progress update in 30 days',
};

const longDate = (isoDate: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(`${isoDate}T00:00:00Z`));

function line(item: DueItem, today: string): string {
  const action = `${item.reference} ${item.title}`;
  switch (item.kind) {
    case 'return':
      return `${action}: your return for "${item.detail}" is due ${item.due! < today ? 'since' : 'by'} ${longDate(item.due!)}`;
    case 'follow_up':
      return `${action}: the board agreed "${item.detail}" and asked you to follow up by ${longDate(item.due!)}`;
    case 'milestone':
      return `${action}: "${item.detail}" ${item.due! < today ? 'was due' : 'is due'} on ${longDate(item.due!)}`;
    case 'no_update':
      return `${action}: ${item.due ? `last updated on ${longDate(item.due)}` : 'no progress update yet'}`;
  }
}

/** One person's weekly e-mail: each kind of thing under its heading, each with the link to where they act on it. */
export function weeklyDueMail(to: string, items: readonly DueItem[], today: string, publicUrl: string): MailMessage {
  const lines = ['Here is what is due from you in Steerline this week.'];
  for (const kind of Object.keys(HEADINGS) as DueKind[]) {
    const ofKind = items.filter((item) => item.kind === kind);
    if (ofKind.length === 0) continue;
    lines.push('', `${HEADINGS[kind]}:`);
    for (const item of ofKind) lines.push(`- ${line(item, today)}`, `  ${publicUrl}${item.path}`);
  }
  lines.push('', `You get this e-mail every week while something is due. To stop it, go to ${publicUrl}/account and untick "Send me a weekly e-mail".`);
  const count = items.length;
  return { to, subject: `What is due from you this week: ${count} ${count === 1 ? 'thing' : 'things'}`, text: lines.join('\n') };
}

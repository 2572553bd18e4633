import type { MailMessage } from '../notifications/mail.service.js';
import type { DigestFigures } from './mailing.queries.js';
import type { SubscriptionRow } from './subscription.queries.js';

const RAG_WORDS: Record<string, string> = { red: 'Red', amber: 'Amber', green: 'Green', blue: 'Blue (complete)', grey: 'Grey (not started)' };
const longDate = (isoDate: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(`${isoDate}T00:00:00Z`));

export const scopeName = (subscription: Pick<SubscriptionRow, 'strategy_name'>) => subscription.strategy_name ?? 'the whole Corporate Plan';

/** The closing lines every report e-mail has: why it came, and how to stop it with one click. */
export function unsubscribeLines(unsubscribeUrl: string): string[] {
  return ['', 'You get this e-mail because you subscribed to it in Steerline (or an administrator did for this address).', `To stop it: ${unsubscribeUrl}`];
}

/** A weekly or monthly digest: RAG counts now, then what changed in the period, with a link to the dashboard. */
export function digestMail(subscription: SubscriptionRow, figures: DigestFigures, period: { from: string; to: string }, links: { dashboard: string; unsubscribePage: string; oneClick: string }): MailMessage {
  const what = scopeName(subscription);
  const lastDay = new Date(`${period.to}T00:00:00Z`);
  lastDay.setUTCDate(lastDay.getUTCDate() - 1);
  const span = `${longDate(period.from)} to ${longDate(lastDay.toISOString().slice(0, 10))}`;
  const lines = [`${subscription.frequency === 'weekly' ? 'Weekly' : 'Monthly'} digest of ${what}, ${span}.`, '', 'Actions by RAG status now:'];
  for (const { rag, actions } of figures.rags) lines.push(`- ${RAG_WORDS[rag] ?? rag}: ${actions}`);
  lines.push('', figures.updates.length === 0 ? 'No progress updates in this period.' : `Progress updates in this period (${figures.updates.length} actions):`);
  for (const update of figures.updates) {
    const moved = update.previous_rag && update.previous_rag !== update.rag ? `, was ${RAG_WORDS[update.previous_rag] ?? update.previous_rag}` : '';
    lines.push(`- ${update.reference} ${update.title}: ${RAG_WORDS[update.rag] ?? update.rag}${moved}`);
  }
  lines.push('', figures.escalations.length === 0 ? 'No new escalations.' : `New escalations (${figures.escalations.length}):`);
  for (const raised of figures.escalations) lines.push(`- ${raised.reference} ${raised.title}: ${raised.urgency}, raised on ${longDate(raised.raised_at)}`);
  lines.push('', figures.decisions.length === 0 ? 'No decisions by the board.' : `Decisions by the board (${figures.decisions.length}):`);
  for (const decided of figures.decisions) lines.push(`- ${decided.reference} ${decided.title}: ${decided.decision}, "${decided.decision_text}" (${longDate(decided.decided_at)})`);
  lines.push('', `See it in Steerline: ${links.dashboard}`, ...unsubscribeLines(links.unsubscribePage));
  return { to: subscription.email, subject: `Steerline ${subscription.frequency} digest: ${what}, ${span}`, text: lines.join('\n'), unsubscribeUrl: links.oneClick };
}

import { RAGS_NEEDING_REASON, type ProgressUpdate } from '@steerline/contracts';
import type { ReactNode } from 'react';
import { RagTag } from '../../../components/rag-tag';
import '../actions.css';
import { formatDateTime, formatNumber } from '../format';
import { formatDate } from '../../../lib/format-date';

/** The progress updates of an action, newest first, as the MOJ timeline pattern; `after` adds the page's own part to an update. */
export function ProgressTimeline({ updates, after }: { updates: ProgressUpdate[]; after?: (update: ProgressUpdate) => ReactNode }) {
  if (updates.length === 0) return <p className="govuk-body">No progress updates have been posted yet.</p>;
  const newestFirst = [...updates].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <ol className="moj-timeline" aria-label="Progress updates, newest first">
      {newestFirst.map((update) => (
        <li key={update.id} className="moj-timeline__item">
          <div className="moj-timeline__header">
            <h3 className="moj-timeline__title">
              <RagTag rag={update.rag} prefix="RAG rating:" /> {update.percentComplete}% complete
            </h3>{' '}
            <p className="moj-timeline__byline">by {update.author.name}</p>
          </div>
          <p className="moj-timeline__date">
            <time dateTime={update.createdAt}>{formatDateTime(update.createdAt)}</time>
          </p>
          <div className="moj-timeline__description">
            <p className="govuk-body app-preserve-lines">{update.commentary}</p>
            <UpdateDetails update={update} />
            {after?.(update)}
          </div>
        </li>
      ))}
    </ol>
  );
}

function UpdateDetails({ update }: { update: ProgressUpdate }) {
  const needsReason = RAGS_NEEDING_REASON.includes(update.rag);
  const rows: { label: string; value: string }[] = [];
  if (needsReason || update.problem) rows.push({ label: 'What is wrong', value: update.problem ?? 'Not given' });
  if (needsReason || update.correctiveAction) rows.push({ label: 'What is being done about it', value: update.correctiveAction ?? 'Not given' });
  if (needsReason || update.revisedDate) rows.push({ label: 'Revised date', value: update.revisedDate ? formatDate(update.revisedDate) : 'Not given' });
  for (const measure of update.measureValues) rows.push({ label: measure.measureName, value: formatNumber(measure.value) });
  if (rows.length === 0) return null;
  return (
    <dl className="govuk-summary-list govuk-summary-list--no-border app-summary-list--compact">
      {rows.map((row) => (
        <div key={row.label} className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">{row.label}</dt>
          <dd className="govuk-summary-list__value app-preserve-lines">{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}

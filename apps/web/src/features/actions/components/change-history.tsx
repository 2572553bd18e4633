import type { ActionHistoryEntry } from '@steerline/contracts';
import '../actions.css';
import { formatDateTime } from '../format';
import { describeChange, describeEntry } from './history-text';

/** The audit trail of an action in a GOV.UK details component: who changed what, when, before and after. */
export function ChangeHistory({ entries }: { entries: ActionHistoryEntry[] | undefined }) {
  return (
    <details className="govuk-details">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">Change history</span>
      </summary>
      <div className="govuk-details__text">
        {entries === undefined ? (
          <p className="govuk-body">Loading the change history.</p>
        ) : entries.length === 0 ? (
          <p className="govuk-body">There are no recorded changes.</p>
        ) : (
          <ol className="govuk-list app-history">
            {entries.map((entry) => (
              <li key={entry.id} className="app-history__entry">
                <h3 className="govuk-heading-s govuk-!-margin-bottom-1">{describeEntry(entry)}</h3>
                <p className="govuk-body-s govuk-!-margin-bottom-2">
                  <time dateTime={entry.occurredAt}>{formatDateTime(entry.occurredAt)}</time>
                  {' by '}
                  {entry.actor?.name ?? 'the system'}
                </p>
                <ul className="govuk-list govuk-list--bullet govuk-body-s">
                  {describeChange(entry).map((line) => (
                    <li key={line.field}>
                      <strong>{line.label}</strong>: {line.before !== undefined && <>{line.before} to </>}
                      {line.after}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        )}
      </div>
    </details>
  );
}

import { useEffect, useRef, type MouseEvent } from 'react';

export interface ErrorSummaryItem {
  text: string;
  /** The id of the field the error is about; the summary links to it. */
  fieldId?: string;
}

function focusField(event: MouseEvent<HTMLAnchorElement>, fieldId: string): void {
  const field = document.getElementById(fieldId);
  if (!field) return;
  event.preventDefault();
  document.querySelector(`label[for="${fieldId}"]`)?.scrollIntoView();
  field.focus({ preventScroll: true });
}

/** Takes focus when it appears, so mount it anew (with a new key) for each failed submission. */
export function ErrorSummary({ items }: { items: ErrorSummaryItem[] }) {
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => summary.current?.focus(), []);
  return (
    <div className="govuk-error-summary" ref={summary} tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">There is a problem</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {items.map(({ text, fieldId }) => (
              <li key={`${fieldId ?? ''}:${text}`}>
                {fieldId ? (
                  <a href={`#${fieldId}`} onClick={(event) => focusField(event, fieldId)}>
                    {text}
                  </a>
                ) : (
                  text
                )}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}

import type { TextareaHTMLAttributes } from 'react';

interface TextareaProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'className' | 'aria-describedby'> {
  id: string;
  label: string;
  hint?: string;
  error?: string;
}

/** GOV.UK textarea with its label, optional hint and inline error, like TextInput. */
export function Textarea({ id, label, hint, error, rows = 5, ...textarea }: TextareaProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint && hintId, error && errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group'}>
      <label className="govuk-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div id={hintId} className="govuk-hint">
          {hint}
        </div>
      )}
      {error && (
        <p id={errorId} className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      )}
      <textarea
        id={id}
        className={error ? 'govuk-textarea govuk-textarea--error' : 'govuk-textarea'}
        rows={rows}
        aria-describedby={describedBy}
        {...textarea}
      />
    </div>
  );
}

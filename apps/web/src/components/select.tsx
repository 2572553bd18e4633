import type { SelectHTMLAttributes } from 'react';

export interface SelectOption {
  value: string;
  text: string;
}

interface SelectProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'className' | 'aria-describedby' | 'children'> {
  id: string;
  label: string;
  options: SelectOption[];
  hint?: string;
  error?: string;
}

/** GOV.UK select with its label, optional hint and inline error, like TextInput. */
export function Select({ id, label, options, hint, error, ...select }: SelectProps) {
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
      <select id={id} className={error ? 'govuk-select govuk-select--error' : 'govuk-select'} aria-describedby={describedBy} {...select}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.text}
          </option>
        ))}
      </select>
    </div>
  );
}

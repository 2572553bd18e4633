import type { ReactNode } from 'react';

/** GOV.UK radios in a fieldset with legend, hint and inline error. The first input has `id`, for the error summary. */
export interface RadioChoice {
  value: string;
  text: string;
  hint?: string;
}

const inputId = (id: string, index: number) => (index === 0 ? id : `${id}-${index + 1}`);

export function RadioGroup({
  id,
  name,
  legend,
  hint,
  error,
  choices,
  value,
  onChange,
  small,
}: {
  id: string;
  name: string;
  legend: ReactNode;
  hint?: string;
  error?: string;
  choices: RadioChoice[];
  value: string;
  onChange: (value: string) => void;
  small?: boolean;
}) {
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group'}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        {hint && (
          <div id={`${id}-hint`} className="govuk-hint">
            {hint}
          </div>
        )}
        {error && (
          <p id={`${id}-error`} className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {error}
          </p>
        )}
        <div className={small ? 'govuk-radios govuk-radios--small' : 'govuk-radios'}>
          {choices.map((choice, index) => (
            <div className="govuk-radios__item" key={choice.value}>
              <input
                className="govuk-radios__input"
                id={inputId(id, index)}
                name={name}
                type="radio"
                value={choice.value}
                checked={value === choice.value}
                onChange={() => onChange(choice.value)}
                aria-describedby={choice.hint ? `${inputId(id, index)}-hint` : undefined}
              />
              <label className="govuk-label govuk-radios__label" htmlFor={inputId(id, index)}>
                {choice.text}
              </label>
              {choice.hint && (
                <div id={`${inputId(id, index)}-hint`} className="govuk-hint govuk-radios__hint">
                  {choice.hint}
                </div>
              )}
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}

export function CheckboxGroup({
  id,
  name,
  legend,
  choices,
  values,
  onChange,
}: {
  id: string;
  name: string;
  legend: string;
  choices: RadioChoice[];
  values: string[];
  onChange: (values: string[]) => void;
}) {
  const toggle = (value: string, checked: boolean) =>
    onChange(checked ? choices.map((c) => c.value).filter((v) => v === value || values.includes(v)) : values.filter((v) => v !== value));
  return (
    <div className="govuk-form-group">
      <fieldset className="govuk-fieldset">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        <div className="govuk-checkboxes govuk-checkboxes--small">
          {choices.map((choice, index) => (
            <div className="govuk-checkboxes__item" key={choice.value}>
              <input
                className="govuk-checkboxes__input"
                id={inputId(id, index)}
                name={name}
                type="checkbox"
                value={choice.value}
                checked={values.includes(choice.value)}
                onChange={(event) => toggle(choice.value, event.target.checked)}
              />
              <label className="govuk-label govuk-checkboxes__label" htmlFor={inputId(id, index)}>
                {choice.text}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}

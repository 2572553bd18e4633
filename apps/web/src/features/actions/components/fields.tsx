import type { ReactNode } from 'react';

/** GOV.UK radios and checkboxes for the action forms (the shared components have text inputs, textareas and selects). */

export const describedBy = (id: string, hint?: ReactNode, error?: string) =>
  [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;

export function Hint({ id, children }: { id: string; children?: ReactNode }) {
  return children ? (
    <div id={`${id}-hint`} className="govuk-hint">
      {children}
    </div>
  ) : null;
}

export function ErrorMessage({ id, error }: { id: string; error?: string }) {
  return error ? (
    <p id={`${id}-error`} className="govuk-error-message">
      <span className="govuk-visually-hidden">Error:</span> {error}
    </p>
  ) : null;
}

const groupClass = (error?: string) => (error ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group');

export interface Choice {
  value: string;
  text: string;
  hint?: string;
  /** Shown under the choice while it is selected (GOV.UK conditional reveal). */
  conditional?: ReactNode;
  /** The id of the conditional content, for aria-controls. */
  conditionalId?: string;
}

interface ChoicesProps {
  /** The first input's id: the error summary links to it. */
  id: string;
  name: string;
  legend: string;
  /** Makes the legend the page's heading. */
  legendAsHeading?: boolean;
  hint?: string;
  error?: string;
  choices: Choice[];
  small?: boolean;
}

function Fieldset({ id, legend, legendAsHeading, hint, error, children }: Omit<ChoicesProps, 'choices' | 'name'> & { children: ReactNode }) {
  return (
    <div className={groupClass(error)}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend className={legendAsHeading ? 'govuk-fieldset__legend govuk-fieldset__legend--m' : 'govuk-fieldset__legend govuk-fieldset__legend--s'}>
          {legend}
        </legend>
        <Hint id={id}>{hint}</Hint>
        <ErrorMessage id={id} error={error} />
        {children}
      </fieldset>
    </div>
  );
}

const choiceId = (id: string, index: number) => (index === 0 ? id : `${id}-${index + 1}`);

export function Radios({ value, onChange, ...props }: ChoicesProps & { value: string; onChange: (value: string) => void }) {
  const { id, name, choices, small } = props;
  return (
    <Fieldset {...props}>
      <div className={small ? 'govuk-radios govuk-radios--small' : 'govuk-radios'}>
        {choices.map((choice, index) => (
          <RadioItem key={choice.value} id={choiceId(id, index)} name={name} choice={choice} checked={value === choice.value} onChange={onChange} />
        ))}
      </div>
    </Fieldset>
  );
}

function RadioItem({ id, name, choice, checked, onChange }: { id: string; name: string; choice: Choice; checked: boolean; onChange: (value: string) => void }) {
  return (
    <>
      <div className="govuk-radios__item">
        <input
          className="govuk-radios__input"
          id={id}
          name={name}
          type="radio"
          value={choice.value}
          checked={checked}
          onChange={() => onChange(choice.value)}
          aria-controls={choice.conditionalId}
          aria-describedby={choice.hint ? `${id}-hint` : undefined}
        />
        <label className="govuk-label govuk-radios__label" htmlFor={id}>
          {choice.text}
        </label>
        {choice.hint && (
          <div id={`${id}-hint`} className="govuk-hint govuk-radios__hint">
            {choice.hint}
          </div>
        )}
      </div>
      {choice.conditional}
    </>
  );
}

export function Checkboxes({ values, onChange, ...props }: ChoicesProps & { values: string[]; onChange: (values: string[]) => void }) {
  const { id, name, choices, small } = props;
  const toggle = (value: string, checked: boolean) =>
    onChange(checked ? choices.map((choice) => choice.value).filter((v) => v === value || values.includes(v)) : values.filter((v) => v !== value));
  return (
    <Fieldset {...props}>
      <div className={small ? 'govuk-checkboxes govuk-checkboxes--small' : 'govuk-checkboxes'}>
        {choices.map((choice, index) => (
          <div key={choice.value} className="govuk-checkboxes__item">
            <input
              className="govuk-checkboxes__input"
              id={choiceId(id, index)}
              name={name}
              type="checkbox"
              value={choice.value}
              checked={values.includes(choice.value)}
              onChange={(event) => toggle(choice.value, event.target.checked)}
              aria-describedby={choice.hint ? `${choiceId(id, index)}-hint` : undefined}
            />
            <label className="govuk-label govuk-checkboxes__label" htmlFor={choiceId(id, index)}>
              {choice.text}
            </label>
            {choice.hint && (
              <div id={`${choiceId(id, index)}-hint`} className="govuk-hint govuk-checkboxes__hint">
                {choice.hint}
              </div>
            )}
          </div>
        ))}
      </div>
    </Fieldset>
  );
}

/** The one date style of these forms: a text input for `YYYY-MM-DD` with an example. */
export const DATE_HINT = 'For example, 2027-03-31';

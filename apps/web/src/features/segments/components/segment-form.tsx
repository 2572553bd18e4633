import type { FormEvent } from 'react';
import { ErrorSummary } from '../../../components/error-summary';
import { TextInput } from '../../../components/text-input';
import { Textarea } from '../../../components/textarea';
import { describeSegmentError, SEGMENT_FIELD_IDS as IDS, type SegmentFormValues } from './segment-form-values';

interface SegmentFormProps {
  defaults?: SegmentFormValues;
  submitText: string;
  pending: boolean;
  /** The last failed submission's error, if the latest attempt failed. */
  error: unknown;
  /** Changes with each submission, so the error summary takes focus again after every failed attempt. */
  attempt: number;
  onSubmit: (values: SegmentFormValues) => void;
  onCancel: () => void;
}

/** A population segment's name, share of households and propensity to self-serve, for adding one or changing it. */
export function SegmentForm({ defaults, submitText, pending, error, attempt, onSubmit, onCancel }: SegmentFormProps) {
  const errors = error ? describeSegmentError(error) : undefined;
  const shareError = errors?.fields.householdShare;
  const propensityError = errors?.fields.veryLowPropensity;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const form = new FormData(event.currentTarget);
    onSubmit({
      name: String(form.get('name') ?? ''),
      householdShare: String(form.get('householdShare') ?? ''),
      veryLowPropensity: form.get('veryLowPropensity') === 'yes',
      description: String(form.get('description') ?? ''),
    });
  };
  return (
    <form noValidate onSubmit={submit}>
      {errors && <ErrorSummary key={attempt} items={errors.summary} />}
      <TextInput
        id={IDS.name}
        name="name"
        label="Name"
        hint="The group of residents as the population analysis describes it"
        defaultValue={defaults?.name}
        autoComplete="off"
        spellCheck={false}
        error={errors?.fields.name}
      />

      <div className={shareError ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group'}>
        <label className="govuk-label" htmlFor={IDS.householdShare}>
          Share of households
        </label>
        <div id={`${IDS.householdShare}-hint`} className="govuk-hint">
          A percentage from 0 to 100, with up to 2 decimal places, for example 12.5
        </div>
        {shareError && (
          <p id={`${IDS.householdShare}-error`} className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {shareError}
          </p>
        )}
        <div className="govuk-input__wrapper">
          <input
            id={IDS.householdShare}
            name="householdShare"
            type="text"
            inputMode="decimal"
            spellCheck={false}
            autoComplete="off"
            className={shareError ? 'govuk-input govuk-input--width-5 govuk-input--error' : 'govuk-input govuk-input--width-5'}
            defaultValue={defaults?.householdShare}
            aria-describedby={[`${IDS.householdShare}-hint`, shareError && `${IDS.householdShare}-error`].filter(Boolean).join(' ')}
          />
          <div className="govuk-input__suffix" aria-hidden="true">
            %
          </div>
        </div>
      </div>

      <div className={propensityError ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group'}>
        {propensityError && (
          <p id={`${IDS.veryLowPropensity}-error`} className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {propensityError}
          </p>
        )}
        <div className="govuk-checkboxes govuk-checkboxes--small">
          <div className="govuk-checkboxes__item">
            <input
              className="govuk-checkboxes__input"
              id={IDS.veryLowPropensity}
              name="veryLowPropensity"
              type="checkbox"
              value="yes"
              defaultChecked={defaults?.veryLowPropensity ?? false}
              aria-describedby={[`${IDS.veryLowPropensity}-item-hint`, propensityError && `${IDS.veryLowPropensity}-error`].filter(Boolean).join(' ')}
            />
            <label className="govuk-label govuk-checkboxes__label" htmlFor={IDS.veryLowPropensity}>
              Very low propensity to self-serve
            </label>
            <div id={`${IDS.veryLowPropensity}-item-hint`} className="govuk-hint govuk-checkboxes__hint">
              The coverage page warns when no live action targets a group like this
            </div>
          </div>
        </div>
      </div>

      <Textarea
        id={IDS.description}
        name="description"
        label="Description (optional)"
        hint="Who is in the group, as the population analysis describes them"
        rows={3}
        defaultValue={defaults?.description}
        error={errors?.fields.description}
      />

      <div className="govuk-button-group">
        <button type="submit" className="govuk-button">
          {submitText}
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

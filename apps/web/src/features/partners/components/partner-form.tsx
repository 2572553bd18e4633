import type { CreatePartnerRequest } from '@steerline/contracts';
import type { FormEvent } from 'react';
import { ErrorSummary } from '../../../components/error-summary';
import { TextInput } from '../../../components/text-input';
import { Textarea } from '../../../components/textarea';
import { describeFormError } from '../../../lib/form-errors';

const FIELD_IDS = { name: 'partner-name', description: 'partner-description' };

interface PartnerFormProps {
  defaults?: CreatePartnerRequest;
  submitText: string;
  pending: boolean;
  /** The last failed submission's error, if the latest attempt failed. */
  error: unknown;
  /** Changes with each submission, so the error summary takes focus again after every failed attempt. */
  attempt: number;
  onSubmit: (values: Required<CreatePartnerRequest>) => void;
  onCancel?: () => void;
}

/** Name and description of a partner organisation, for adding one or changing it. */
export function PartnerForm({ defaults, submitText, pending, error, attempt, onSubmit, onCancel }: PartnerFormProps) {
  const errors = error ? describeFormError(error, FIELD_IDS) : undefined;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const form = new FormData(event.currentTarget);
    onSubmit({ name: String(form.get('name') ?? ''), description: String(form.get('description') ?? '') });
  };
  return (
    <form noValidate onSubmit={submit}>
      {errors && <ErrorSummary key={attempt} items={errors.summary} />}
      <TextInput id={FIELD_IDS.name} name="name" label="Name" defaultValue={defaults?.name} autoComplete="organization" error={errors?.fields.name} />
      <Textarea
        id={FIELD_IDS.description}
        name="description"
        label="Description (optional)"
        hint="What the organisation is and how it helps with the strategy"
        defaultValue={defaults?.description}
        error={errors?.fields.description}
      />
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button">
          {submitText}
        </button>
        {onCancel && (
          <button type="button" className="govuk-button govuk-button--secondary" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}

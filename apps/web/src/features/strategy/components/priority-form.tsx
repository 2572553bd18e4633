import type { Priority, UpdatePriorityRequest } from '@steerline/contracts';
import type { FormEvent } from 'react';
import { ErrorSummary } from '../../../components/error-summary';
import { TextInput } from '../../../components/text-input';
import { Textarea } from '../../../components/textarea';
import { describeFormError } from '../../../lib/form-errors';
import { asNumber } from './as-number';

export const PRIORITY_FIELD_IDS = {
  number: 'priority-number',
  title: 'priority-title',
  description: 'priority-description',
  displayOrder: 'priority-display-order',
} as const;
const IDS = PRIORITY_FIELD_IDS;

interface PriorityFormProps {
  priority?: Priority;
  submitText: string;
  pending: boolean;
  error: unknown;
  attempt: number;
  onSubmit: (request: Omit<UpdatePriorityRequest, 'version'>) => void;
}

/** A priority's number, title, description and place in lists. */
export function PriorityForm({ priority, submitText, pending, error, attempt, onSubmit }: PriorityFormProps) {
  const errors = error ? describeFormError(error, IDS) : undefined;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const form = new FormData(event.currentTarget);
    const displayOrder = String(form.get('displayOrder') ?? '').trim();
    onSubmit({
      number: asNumber(String(form.get('number') ?? '')),
      title: String(form.get('title') ?? ''),
      description: String(form.get('description') ?? ''),
      ...(displayOrder === '' ? {} : { displayOrder: asNumber(displayOrder) }),
    });
  };
  return (
    <form noValidate onSubmit={submit}>
      {errors && <ErrorSummary key={attempt} items={errors.summary} />}
      <TextInput
        id={IDS.number}
        name="number"
        label="Number"
        hint="Priorities are known by their number, for example priority 2. A retired priority keeps its number."
        width={3}
        inputMode="numeric"
        defaultValue={priority?.number}
        autoComplete="off"
        error={errors?.fields.number}
      />
      <TextInput id={IDS.title} name="title" label="Title" defaultValue={priority?.title} autoComplete="off" error={errors?.fields.title} />
      <Textarea id={IDS.description} name="description" label="Description (optional)" rows={4} defaultValue={priority?.description} error={errors?.fields.description} />
      <TextInput
        id={IDS.displayOrder}
        name="displayOrder"
        label="Display order (optional)"
        hint="Lower numbers come first in lists. Leave it empty to use the priority's number."
        width={4}
        inputMode="numeric"
        defaultValue={priority?.displayOrder}
        autoComplete="off"
        error={errors?.fields.displayOrder}
      />
      <button type="submit" className="govuk-button">
        {submitText}
      </button>
    </form>
  );
}

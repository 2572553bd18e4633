import type { BodyKind, BodySummary, UpdateBodyRequest } from '@steerline/contracts';
import { useState, type FormEvent } from 'react';
import { RadioGroup } from '../../../components/choices';
import { ErrorSummary } from '../../../components/error-summary';
import { Select } from '../../../components/select';
import { TextInput } from '../../../components/text-input';
import { Textarea } from '../../../components/textarea';
import { describeFormError } from '../../../lib/form-errors';
import { BODY_KIND_CHOICES } from './body-kinds';

export const BODY_FIELD_IDS = {
  name: 'body-name',
  kind: 'body-kind',
  remit: 'body-remit',
  reportsToId: 'body-reports-to',
} as const;
const IDS = BODY_FIELD_IDS;

interface BodyFormProps {
  body?: BodySummary;
  /** The bodies it may report to: live ones other than itself, plus the one it reports to now. */
  parents: BodySummary[];
  submitText: string;
  pending: boolean;
  error: unknown;
  attempt: number;
  onSubmit: (request: Omit<UpdateBodyRequest, 'version'>) => void;
}

/** A governance body's name, kind, remit and the body it reports to. */
export function BodyForm({ body, parents, submitText, pending, error, attempt, onSubmit }: BodyFormProps) {
  const errors = error ? describeFormError(error, IDS) : undefined;
  const [kind, setKind] = useState<string>(body?.kind ?? '');
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const form = new FormData(event.currentTarget);
    onSubmit({
      name: String(form.get('name') ?? ''),
      kind: (kind || null) as BodyKind,
      remit: String(form.get('remit') ?? ''),
      reportsToId: String(form.get('reportsToId') ?? '') || null,
    });
  };
  return (
    <form noValidate onSubmit={submit}>
      {errors && <ErrorSummary key={attempt} items={errors.summary} />}
      <TextInput id={IDS.name} name="name" label="Name" defaultValue={body?.name} autoComplete="off" error={errors?.fields.name} />
      <RadioGroup
        id={IDS.kind}
        name="kind"
        legend="Kind of body"
        hint="The kind decides what its members may do in Steerline"
        choices={BODY_KIND_CHOICES}
        value={kind}
        onChange={setKind}
        error={errors?.fields.kind}
      />
      <Textarea id={IDS.remit} name="remit" label="Remit (optional)" hint="What the body does for the strategy" rows={4} defaultValue={body?.remit} error={errors?.fields.remit} />
      <Select
        id={IDS.reportsToId}
        name="reportsToId"
        label="Reports to (optional)"
        defaultValue={body?.reportsTo?.id ?? ''}
        options={[{ value: '', text: 'No other body' }, ...parents.map((parent) => ({ value: parent.id, text: parent.name }))]}
        error={errors?.fields.reportsToId}
      />
      <button type="submit" className="govuk-button">
        {submitText}
      </button>
    </form>
  );
}

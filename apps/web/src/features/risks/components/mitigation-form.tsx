import type { CreateMitigationRequest } from '@steerline/contracts';
import { useState, type FormEvent } from 'react';
import { Select } from '../../../components/select';
import { TextInput } from '../../../components/text-input';
import { Textarea } from '../../../components/textarea';
import type { FormErrors } from '../../../lib/form-errors';
import { usePeople } from '../../../lib/lookups/lookups';
import { DATE_HINT } from './risk-form';

export const MITIGATION_FIELDS = {
  description: { inputId: 'mitigation-description', label: 'Mitigation' },
  ownerId: { inputId: 'mitigation-owner', label: 'Owner' },
  dueDate: { inputId: 'mitigation-due', label: 'Due date' },
};

export function MitigationForm({ version, errors, submitting, onSubmit }: { version: number; errors?: FormErrors; submitting: boolean; onSubmit: (request: CreateMitigationRequest) => void }) {
  const people = usePeople();
  const [description, setDescription] = useState('');
  const [ownerId, setOwnerId] = useState('');
  const [dueDate, setDueDate] = useState('');
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!submitting) onSubmit({ version, description: description.trim(), ownerId, dueDate: dueDate.trim() });
  };
  return (
    <form noValidate onSubmit={submit}>
      <Textarea id="mitigation-description" name="description" label="Mitigation" hint="What will be done to reduce the risk" rows={2} value={description} onChange={(e) => setDescription(e.target.value)} error={errors?.fields.description} />
      <Select
        id="mitigation-owner"
        name="ownerId"
        label="Owner"
        value={ownerId}
        onChange={(e) => setOwnerId(e.target.value)}
        error={errors?.fields.ownerId}
        options={[{ value: '', text: 'Choose a person' }, ...(people.data ?? []).map((person) => ({ value: person.id, text: person.name }))]}
      />
      <TextInput id="mitigation-due" name="dueDate" label="Due date" hint={DATE_HINT} width={10} autoComplete="off" spellCheck={false} value={dueDate} onChange={(e) => setDueDate(e.target.value)} error={errors?.fields.dueDate} />
      <button type="submit" className="govuk-button govuk-button--secondary" aria-disabled={submitting || undefined}>
        Add mitigation
      </button>
    </form>
  );
}

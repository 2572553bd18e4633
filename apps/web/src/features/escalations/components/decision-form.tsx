import { DECISION_OUTCOMES, type DecideEscalationRequest, type DecisionOutcome, type PersonRef } from '@steerline/contracts';
import { useState, type FormEvent } from 'react';
import { Select } from '../../../components/select';
import { TextInput } from '../../../components/text-input';
import { Textarea } from '../../../components/textarea';
import type { FormErrors } from '../../../lib/form-errors';
import { DATE_HINT } from '../format';
import { STATUS_LABELS } from '../labels';
import { RadioGroup } from '../../../components/choices';

export const DECISION_FIELDS = {
  outcome: { inputId: 'outcome', label: 'Outcome' },
  decisionText: { inputId: 'decisionText', label: 'Decision' },
  conditions: { inputId: 'conditions', label: 'Conditions' },
  followUp: { inputId: 'followUpOwner', label: 'Follow-up' },
  'followUp.ownerId': { inputId: 'followUpOwner', label: 'Follow-up owner' },
  'followUp.dueDate': { inputId: 'followUpDueDate', label: 'Follow-up due date' },
  'followUp.title': { inputId: 'followUpTitle', label: 'Follow-up milestone' },
};

interface DecisionFormProps {
  version: number;
  people: PersonRef[];
  errors?: FormErrors;
  submitting: boolean;
  onSubmit: (request: DecideEscalationRequest) => void;
}

/** The board's decision: agreed or declined, what it decided, any conditions, and for an agreed one optional follow-up work. */
export function DecisionForm({ version, people, errors, submitting, onSubmit }: DecisionFormProps) {
  const [values, setValues] = useState({ outcome: '', decisionText: '', conditions: '', ownerId: '', dueDate: '', title: '' });
  const set = (field: keyof typeof values, value: string) => setValues((current) => ({ ...current, [field]: value }));
  const error = (field: string) => errors?.fields[field];
  const agreed = values.outcome === 'agreed';

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submitting) return;
    const wantsFollowUp = agreed && (values.ownerId !== '' || values.dueDate.trim() !== '');
    onSubmit({
      version,
      outcome: values.outcome as DecisionOutcome,
      decisionText: values.decisionText.trim(),
      conditions: values.conditions.trim() || null,
      followUp: wantsFollowUp ? { ownerId: values.ownerId, dueDate: values.dueDate.trim(), ...(values.title.trim() ? { title: values.title.trim() } : {}) } : null,
    });
  };

  return (
    <form noValidate onSubmit={submit}>
      <RadioGroup
        id="outcome"
        name="outcome"
        legend="Outcome"
        error={error('outcome')}
        choices={DECISION_OUTCOMES.map((outcome) => ({ value: outcome, text: STATUS_LABELS[outcome] }))}
        value={values.outcome}
        onChange={(value) => set('outcome', value)}
      />
      <Textarea id="decisionText" name="decisionText" label="Decision" hint="What the board decided and why" value={values.decisionText} onChange={(e) => set('decisionText', e.target.value)} error={error('decisionText')} rows={4} />
      <Textarea id="conditions" name="conditions" label="Conditions (optional)" hint="Anything the decision depends on" value={values.conditions} onChange={(e) => set('conditions', e.target.value)} error={error('conditions')} rows={3} />
      {agreed && (
        <fieldset className="govuk-fieldset govuk-!-margin-bottom-6">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Follow-up (optional)</legend>
          <p className="govuk-hint">Work the decision asks for. It is added to the action as a milestone.</p>
          <Select
            id="followUpOwner"
            name="followUpOwner"
            label="Owner"
            options={[{ value: '', text: 'No follow-up' }, ...people.map((person) => ({ value: person.id, text: person.name }))]}
            value={values.ownerId}
            onChange={(e) => set('ownerId', e.target.value)}
            error={error('followUp.ownerId') ?? error('followUp')}
          />
          <TextInput id="followUpDueDate" name="followUpDueDate" label="Due date" hint={DATE_HINT} autoComplete="off" spellCheck={false} value={values.dueDate} onChange={(e) => set('dueDate', e.target.value)} error={error('followUp.dueDate')} />
          <TextInput id="followUpTitle" name="followUpTitle" label="Milestone title (optional)" hint="Leave blank to name it after the decision" value={values.title} onChange={(e) => set('title', e.target.value)} error={error('followUp.title')} />
        </fieldset>
      )}
      <button type="submit" className="govuk-button" aria-disabled={submitting || undefined}>
        Record decision
      </button>
    </form>
  );
}

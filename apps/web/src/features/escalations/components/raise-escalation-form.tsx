import { ESCALATION_URGENCIES, type CreateEscalationRequest, type EscalationUrgency } from '@steerline/contracts';
import { useState, type FormEvent } from 'react';
import { TextInput } from '../../../components/text-input';
import { Textarea } from '../../../components/textarea';
import type { FormErrors } from '../../../lib/form-errors';
import { DATE_HINT } from '../format';
import { URGENCY_HINTS, URGENCY_LABELS } from '../labels';
import { RadioGroup } from '../../../components/choices';

/** The API fields of the form, in form order, with their inputs and labels. */
export const RAISE_FIELDS = {
  problem: { inputId: 'problem', label: 'What is wrong' },
  impact: { inputId: 'impact', label: 'Impact' },
  decisionSought: { inputId: 'decisionSought', label: 'Decision asked for' },
  urgency: { inputId: 'urgency', label: 'Urgency' },
  neededBy: { inputId: 'neededBy', label: 'Decision needed by' },
};

type Values = { problem: string; impact: string; decisionSought: string; urgency: string; neededBy: string };

export function RaiseEscalationForm({ errors, submitting, onSubmit }: { errors?: FormErrors; submitting: boolean; onSubmit: (request: CreateEscalationRequest) => void }) {
  const [values, setValues] = useState<Values>({ problem: '', impact: '', decisionSought: '', urgency: '', neededBy: '' });
  const set = (field: keyof Values, value: string) => setValues((current) => ({ ...current, [field]: value }));
  const error = (field: keyof Values) => errors?.fields[field];

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submitting) return;
    onSubmit({
      problem: values.problem.trim(),
      impact: values.impact.trim(),
      decisionSought: values.decisionSought.trim(),
      urgency: values.urgency as EscalationUrgency,
      neededBy: values.neededBy.trim(),
    });
  };

  return (
    <form noValidate onSubmit={submit}>
      <Textarea id="problem" name="problem" label="What is wrong" hint="The problem the action cannot solve on its own" value={values.problem} onChange={(e) => set('problem', e.target.value)} error={error('problem')} rows={4} />
      <Textarea id="impact" name="impact" label="Impact" hint="What happens to the action and the people it serves if nothing is decided" value={values.impact} onChange={(e) => set('impact', e.target.value)} error={error('impact')} rows={4} />
      <Textarea id="decisionSought" name="decisionSought" label="Decision asked for" hint="What you want the board to decide" value={values.decisionSought} onChange={(e) => set('decisionSought', e.target.value)} error={error('decisionSought')} rows={4} />
      <RadioGroup
        id="urgency"
        name="urgency"
        legend="Urgency"
        error={error('urgency')}
        choices={ESCALATION_URGENCIES.map((urgency) => ({ value: urgency, text: URGENCY_LABELS[urgency], hint: URGENCY_HINTS[urgency] }))}
        value={values.urgency}
        onChange={(value) => set('urgency', value)}
      />
      <TextInput id="neededBy" name="neededBy" label="Decision needed by" hint={DATE_HINT} autoComplete="off" spellCheck={false} value={values.neededBy} onChange={(e) => set('neededBy', e.target.value)} error={error('neededBy')} />
      <button type="submit" className="govuk-button" aria-disabled={submitting || undefined}>
        Raise escalation
      </button>
    </form>
  );
}

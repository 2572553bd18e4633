import { useState, type FormEvent } from 'react';
import { Textarea } from '../../../components/textarea';
import type { FormErrors } from '../../../lib/form-errors';

export const RESOLVE_FIELDS = { outcome: { inputId: 'resolveOutcome', label: 'Outcome' } };

/** Closes a decided escalation with what came of it. */
export function ResolveForm({ errors, submitting, onSubmit }: { errors?: FormErrors; submitting: boolean; onSubmit: (outcome: string) => void }) {
  const [outcome, setOutcome] = useState('');
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!submitting) onSubmit(outcome.trim());
  };
  return (
    <form noValidate onSubmit={submit}>
      <Textarea id="resolveOutcome" name="outcome" label="Outcome" hint="What came of the decision" value={outcome} onChange={(e) => setOutcome(e.target.value)} error={errors?.fields.outcome} rows={3} />
      <button type="submit" className="govuk-button" aria-disabled={submitting || undefined}>
        Resolve
      </button>
    </form>
  );
}

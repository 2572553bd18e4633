import type { AddAgendaItemRequest, Escalation } from '@steerline/contracts';
import { useState, type FormEvent } from 'react';
import { Select } from '../../../components/select';
import { STATUS_LABELS } from '../labels';

/** Picks an open or under-review escalation from the board's queue to put on the meeting's agenda. */
export function AgendaForm({
  escalations,
  error,
  submitting,
  onSubmit,
}: {
  escalations: Escalation[];
  error?: string;
  submitting: boolean;
  onSubmit: (request: AddAgendaItemRequest) => void;
}) {
  const [escalationId, setEscalationId] = useState(escalations[0]?.id ?? '');
  if (escalations.length === 0) return <p className="govuk-body">There are no escalations in the board queue to add.</p>;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const chosen = escalations.find((escalation) => escalation.id === escalationId) ?? escalations[0];
    if (!submitting && chosen) onSubmit({ escalationId: chosen.id, version: chosen.version });
  };
  return (
    <form noValidate onSubmit={submit} aria-label="Add an escalation to the agenda">
      <Select
        id="agenda-escalation"
        name="escalationId"
        label="Escalation"
        error={error}
        value={escalationId}
        onChange={(event) => setEscalationId(event.target.value)}
        options={escalations.map((escalation) => ({
          value: escalation.id,
          text: `${escalation.action.reference}: ${escalation.decisionSought} (${STATUS_LABELS[escalation.status]})`,
        }))}
      />
      <button type="submit" className="govuk-button" aria-disabled={submitting || undefined}>
        Add to agenda
      </button>
    </form>
  );
}

import { ESCALATION_URGENCIES, type EscalationUrgency } from '@steerline/contracts';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { URGENCY_LABELS } from '../labels';
import type { QueueFilters as Filters } from '../queue-params';
import { CheckboxGroup } from '../../../components/choices';
import { PriorityBodyFilters } from './priority-body-filters';

/** Urgency, priority and owning body filters; applied on submit, so the page's URL keeps them. */
export function QueueFilters({ filters, onApply }: { filters: Filters; onApply: (filters: Filters) => void }) {
  const [values, setValues] = useState(filters);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply(values);
  };
  return (
    <form noValidate onSubmit={submit} aria-label="Filter the queue">
      <h2 className="govuk-heading-m">Filter</h2>
      <CheckboxGroup
        id="filter-urgency"
        name="urgency"
        legend="Urgency"
        choices={ESCALATION_URGENCIES.map((urgency) => ({ value: urgency, text: URGENCY_LABELS[urgency] }))}
        values={values.urgency}
        onChange={(urgency) => setValues((current) => ({ ...current, urgency: urgency as EscalationUrgency[] }))}
      />
      <PriorityBodyFilters values={values} onChange={(change) => setValues((current) => ({ ...current, ...change }))} />
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button govuk-button--secondary">
          Apply filters
        </button>
        <Link className="govuk-link" to="/escalations">
          Clear filters
        </Link>
      </div>
    </form>
  );
}

import { ESCALATION_URGENCIES, type EscalationUrgency } from '@steerline/contracts';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useBodies, usePriorities } from '../api/get-filter-options';
import { URGENCY_LABELS } from '../labels';
import type { QueueFilters as Filters } from '../queue-params';
import { CheckboxGroup } from './choices';

/** Urgency, priority and owning body filters; applied on submit, so the page's URL keeps them. */
export function QueueFilters({ filters, onApply }: { filters: Filters; onApply: (filters: Filters) => void }) {
  const [values, setValues] = useState(filters);
  const priorities = usePriorities();
  const bodies = useBodies();
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
      {priorities.data && (
        <CheckboxGroup
          id="filter-priority"
          name="priority"
          legend="Priority"
          choices={priorities.data.map((priority) => ({ value: String(priority.number), text: `${priority.number}. ${priority.title}` }))}
          values={values.priority}
          onChange={(priority) => setValues((current) => ({ ...current, priority }))}
        />
      )}
      {bodies.data && (
        <CheckboxGroup
          id="filter-body"
          name="body"
          legend="Owning body"
          choices={bodies.data.map((body) => ({ value: body.id, text: body.name }))}
          values={values.body}
          onChange={(body) => setValues((current) => ({ ...current, body }))}
        />
      )}
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

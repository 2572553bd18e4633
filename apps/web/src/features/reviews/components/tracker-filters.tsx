import { RETURN_STATUS_LABELS, type ReturnStatus } from '@steerline/contracts';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Select } from '../../../components/select';
import { useBodies, usePriorities } from '../../../lib/lookups/lookups';
import { TRACKER_STATUSES, type TrackerFilters as Filters } from '../tracker-params';
import { CheckboxGroup } from '../../../components/choices';

interface TrackerFiltersProps {
  filters: Filters;
  counts: Record<(typeof TRACKER_STATUSES)[number], number>;
  clearTo: string;
  onApply: (filters: Filters) => void;
}

/** Which returns the tracker shows: by state (with how many are in each), the user's own, or by words in the action. */
export function TrackerFilters({ filters, counts, clearTo, onApply }: TrackerFiltersProps) {
  const [values, setValues] = useState(filters);
  const priorities = usePriorities();
  const bodies = useBodies();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply({ ...values, q: values.q.trim(), page: 1 });
  };
  return (
    <form noValidate onSubmit={submit} aria-label="Filter the returns" className="app-review-filters">
      <CheckboxGroup
        id="filter-status"
        name="status"
        legend="Return status"
        choices={TRACKER_STATUSES.map((status) => ({ value: status, text: `${RETURN_STATUS_LABELS[status]} (${counts[status]})` }))}
        values={values.status}
        onChange={(status) => setValues((current) => ({ ...current, status: status as ReturnStatus[] }))}
      />
      <Select
        id="filter-priority"
        name="priority"
        label="Priority"
        options={[{ value: '', text: 'All priorities' }, ...(priorities.data ?? []).map((p) => ({ value: String(p.number), text: `Priority ${p.number}` }))]}
        value={values.priority}
        onChange={(event) => setValues((current) => ({ ...current, priority: event.target.value }))}
      />
      <Select
        id="filter-body"
        name="body"
        label="Owning body"
        options={[{ value: '', text: 'All bodies' }, ...(bodies.data ?? []).map((b) => ({ value: b.id, text: b.name }))]}
        value={values.body}
        onChange={(event) => setValues((current) => ({ ...current, body: event.target.value }))}
      />
      <div className="govuk-form-group">
        <div className="govuk-checkboxes govuk-checkboxes--small">
          <div className="govuk-checkboxes__item">
            <input
              className="govuk-checkboxes__input"
              id="filter-mine"
              name="owner"
              type="checkbox"
              value="me"
              checked={values.mine}
              onChange={(event) => setValues((current) => ({ ...current, mine: event.target.checked }))}
            />
            <label className="govuk-label govuk-checkboxes__label" htmlFor="filter-mine">
              Only my returns
            </label>
          </div>
        </div>
      </div>
      <div className="govuk-form-group">
        <label className="govuk-label govuk-label--s" htmlFor="filter-q">
          Action reference or title
        </label>
        <input
          className="govuk-input govuk-!-width-two-thirds"
          id="filter-q"
          name="q"
          type="search"
          value={values.q}
          onChange={(event) => setValues((current) => ({ ...current, q: event.target.value }))}
        />
      </div>
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button govuk-button--secondary">
          Apply filters
        </button>
        <Link className="govuk-link" to={clearTo}>
          Clear filters
        </Link>
      </div>
    </form>
  );
}

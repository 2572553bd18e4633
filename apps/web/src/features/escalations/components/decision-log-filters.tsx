import { DECISION_OUTCOMES, type DecisionOutcome } from '@steerline/contracts';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { TextInput } from '../../../components/text-input';
import type { FormErrors } from '../../../lib/form-errors';
import type { DecisionLogFilterValues } from '../decision-log-params';
import { DATE_HINT } from '../format';
import { STATUS_LABELS } from '../labels';
import { CheckboxGroup } from '../../../components/choices';
import { PriorityBodyFilters } from './priority-body-filters';

/** Outcome, priority, owning body and date filters; applied on submit, so the page's URL keeps them. */
export function DecisionLogFilters({
  filters,
  errors = {},
  onApply,
}: {
  filters: DecisionLogFilterValues;
  errors?: FormErrors['fields'];
  onApply: (filters: DecisionLogFilterValues) => void;
}) {
  const [values, setValues] = useState(filters);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply(values);
  };
  return (
    <form noValidate onSubmit={submit} aria-label="Filter the decision log">
      <h2 className="govuk-heading-m">Filter</h2>
      <div className="app-filter-fields">
      <CheckboxGroup
        id="filter-outcome"
        name="outcome"
        legend="Outcome"
        choices={DECISION_OUTCOMES.map((outcome) => ({ value: outcome, text: STATUS_LABELS[outcome] }))}
        values={values.outcome}
        onChange={(outcome) => setValues((current) => ({ ...current, outcome: outcome as DecisionOutcome[] }))}
      />
      <PriorityBodyFilters values={values} onChange={(change) => setValues((current) => ({ ...current, ...change }))} />
      <TextInput
        id="filter-from"
        name="from"
        label="Decided on or after"
        hint={DATE_HINT}
        error={errors.from}
        value={values.from}
        onChange={(event) => setValues((current) => ({ ...current, from: event.target.value }))}
      />
      <TextInput
        id="filter-to"
        name="to"
        label="Decided on or before"
        hint={DATE_HINT}
        error={errors.to}
        value={values.to}
        onChange={(event) => setValues((current) => ({ ...current, to: event.target.value }))}
      />
      </div>
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button govuk-button--secondary">
          Apply filters
        </button>
        <Link className="govuk-link" to="/decisions">
          Clear filters
        </Link>
      </div>
    </form>
  );
}

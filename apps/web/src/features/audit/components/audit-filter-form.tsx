import type { FormEvent } from 'react';
import { Link } from 'react-router';
import { Select } from '../../../components/select';
import { TextInput } from '../../../components/text-input';
import type { FormErrors } from '../../../lib/form-errors';
import { filtersFromForm, type AuditFilters } from '../utils/audit-filters';
import { ENTITY_TYPE_LABELS, OPERATION_LABELS } from '../utils/audit-format';
import './audit.css';

export const AUDIT_FILTER_IDS = {
  entityType: 'filter-entity-type',
  operation: 'filter-operation',
  actor: 'filter-actor',
  from: 'filter-from',
  to: 'filter-to',
};

export type AuditFilterField = keyof typeof AUDIT_FILTER_IDS;

interface AuditFilterFormProps {
  filters: AuditFilters;
  /** People who may have made changes, deactivated ones included. */
  people: { id: string; name: string }[];
  errors?: FormErrors<AuditFilterField>;
  onApply: (filters: AuditFilters) => void;
}

const options = (labels: Record<string, string>, any: string) => [
  { value: '', text: any },
  ...Object.entries(labels).map(([value, text]) => ({ value, text })),
];

/** Narrows the audit trail by kind of record, operation, person and dates; the filters live in the page address. */
export function AuditFilterForm({ filters, people, errors, onApply }: AuditFilterFormProps) {
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply(filtersFromForm(new FormData(event.currentTarget)));
  };
  const peopleOptions = [{ value: '', text: 'Anyone' }, ...[...people].sort((a, b) => a.name.localeCompare(b.name)).map((person) => ({ value: person.id, text: person.name }))];
  return (
    <form noValidate onSubmit={submit} className="app-audit-filters">
      <h2 className="govuk-heading-m">Filter changes</h2>
      <div className="app-audit-filters__fields">
        <Select
          id={AUDIT_FILTER_IDS.entityType}
          name="entityType"
          label="Kind of record"
          options={options(ENTITY_TYPE_LABELS, 'Any record')}
          defaultValue={filters.entityType ?? ''}
          error={errors?.fields.entityType}
        />
        <Select
          id={AUDIT_FILTER_IDS.operation}
          name="operation"
          label="Operation"
          options={options(OPERATION_LABELS, 'Any operation')}
          defaultValue={filters.operation ?? ''}
          error={errors?.fields.operation}
        />
        <Select id={AUDIT_FILTER_IDS.actor} name="actor" label="Changed by" options={peopleOptions} defaultValue={filters.actor ?? ''} error={errors?.fields.actor} />
        <TextInput
          id={AUDIT_FILTER_IDS.from}
          name="from"
          label="From date (optional)"
          hint="For example, 2026-04-01"
          defaultValue={filters.from}
          autoComplete="off"
          spellCheck={false}
          error={errors?.fields.from}
        />
        <TextInput
          id={AUDIT_FILTER_IDS.to}
          name="to"
          label="To date (optional)"
          hint="For example, 2026-09-30"
          defaultValue={filters.to}
          autoComplete="off"
          spellCheck={false}
          error={errors?.fields.to}
        />
      </div>
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button govuk-button--secondary">
          Apply filters
        </button>
        <Link className="govuk-link" to="/admin/audit">
          Clear filters
        </Link>
      </div>
    </form>
  );
}

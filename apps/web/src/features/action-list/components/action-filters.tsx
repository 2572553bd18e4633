import {
  ACTION_LIST_SORTS, ACTION_STATUS_LABELS, ACTION_STATUSES, RAG_LABELS, RAGS,
  type ActionListQuery, type ActionListSort,
} from '@steerline/contracts';
import type { FormEvent } from 'react';
import { Link } from 'react-router';
import '../action-list.css';
import { useBodies, usePartners, usePeople, usePriorities, useSegments } from '../../../lib/lookups/lookups';
import { DEFAULT_DIRECTION, DEFAULT_SORT, queryFromSearchParams, searchParamsFromQuery } from '../list-params';

export const SORT_LABELS: Record<ActionListSort, string> = {
  reference: 'Reference',
  title: 'Title',
  dueDate: 'Due date',
  rag: 'RAG rating (ascending: red first)',
  status: 'Status',
  priority: 'Priority',
  lastUpdateAt: 'Last update',
};

interface Option {
  value: string;
  text: string;
  hint?: string;
}

/** Reads a submitted filter form the way a browser would send it as a GET query string. */
export function queryFromForm(form: HTMLFormElement): ActionListQuery {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) {
    if (typeof value === 'string') params.append(name, value);
  }
  return queryFromSearchParams(params);
}

interface CheckboxOption extends Option {
  name: string;
  /** What `checked` lists for this box; its value unless several boxes share a value. */
  key?: string;
}

function Checkboxes({ legend, options, checked }: { legend: string; options: CheckboxOption[]; checked: readonly string[] }) {
  return (
    <div className="govuk-form-group">
      <fieldset className="govuk-fieldset">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        <div className="govuk-checkboxes govuk-checkboxes--small">
          {options.map((option) => {
            const key = option.key ?? option.value;
            const id = `filter-${option.name}-${key}`;
            return (
              <div className="govuk-checkboxes__item" key={id}>
                <input
                  className="govuk-checkboxes__input"
                  id={id}
                  name={option.name}
                  type="checkbox"
                  value={option.value}
                  defaultChecked={checked.includes(key)}
                  aria-describedby={option.hint ? `${id}-hint` : undefined}
                />
                <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
                  {option.text}
                </label>
                {option.hint && (
                  <div id={`${id}-hint`} className="govuk-hint govuk-checkboxes__hint">
                    {option.hint}
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

function Select({ name, label, options, value, anyText }: { name: string; label: string; options: Option[]; value?: string; anyText?: string }) {
  const id = `filter-${name}`;
  return (
    <div className="govuk-form-group">
      <label className="govuk-label govuk-label--s" htmlFor={id}>
        {label}
      </label>
      <select className="govuk-select govuk-!-width-full" id={id} name={name} defaultValue={value ?? ''}>
        {anyText !== undefined && <option value="">{anyText}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.text}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * The filter panel: a GET form whose fields carry the API's own parameter names. Submitting it puts the filters in the
 * page's URL (through `onApply`) and goes back to the first page. The form is uncontrolled: the page re-mounts it with a new
 * `key` whenever the URL changes, so it always shows what the list shows.
 */
export function ActionFilters({ query, onApply }: { query: ActionListQuery; onApply: (query: ActionListQuery) => void }) {
  const priorities = usePriorities();
  const people = usePeople();
  const bodies = useBodies();
  const partners = usePartners();
  const segments = useSegments();
  const options = [priorities, people, bodies, partners, segments];

  if (options.some((result) => result.isError)) {
    return <p className="govuk-body">The filters cannot be shown just now. Try again later.</p>;
  }
  if (options.some((result) => result.isPending)) return <p className="govuk-body">Loading filters…</p>;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply(queryFromForm(event.currentTarget));
  };

  return (
    <form className="app-filter" method="get" action="/actions" onSubmit={submit} aria-labelledby="filter-heading" noValidate>
      <h2 id="filter-heading" className="govuk-heading-m">
        Filter actions
      </h2>
      <div className="app-filter-fields">
      <div className="govuk-form-group">
        <label className="govuk-label govuk-label--s" htmlFor="filter-q">
          Search
        </label>
        <div id="filter-q-hint" className="govuk-hint">
          Reference, title or description
        </div>
        <input className="govuk-input" id="filter-q" name="q" type="search" defaultValue={query.q ?? ''} aria-describedby="filter-q-hint" maxLength={200} />
      </div>
      <Checkboxes
        legend="Show only"
        checked={[...(query.overdue ? ['overdue'] : []), ...(query.stale ? ['stale'] : []), ...(query.blocked ? ['blocked'] : [])]}
        options={[
          { name: 'overdue', value: 'true', key: 'overdue', text: 'Only overdue actions', hint: 'Past their due date and not complete' },
          { name: 'stale', value: 'true', key: 'stale', text: 'No update for 30 days', hint: 'Open, with no progress update for 30 days or more' },
          { name: 'blocked', value: 'true', key: 'blocked', text: 'Blocked', hint: 'Waiting on another action that is not complete' },
        ]}
      />
      <Select
        name="owner"
        label="Owner"
        anyText="Anyone"
        value={query.owner}
        options={[{ value: 'me', text: 'Me (my actions)' }, ...people.data!.map((person) => ({ value: person.id, text: person.name }))]}
      />
      <Select name="body" label="Owning body" anyText="Any body" value={query.body} options={bodies.data!.map((body) => ({ value: body.id, text: body.name }))} />
      <Select name="partner" label="Partner" anyText="Any partner" value={query.partner} options={partners.data!.map((partner) => ({ value: partner.id, text: partner.name }))} />
      <Select
        name="segment"
        label="Population segment"
        anyText="Any segment"
        value={query.segment}
        options={segments.data!.map((segment) => ({ value: segment.id, text: segment.name }))}
      />
      <Checkboxes
        legend="Priority"
        checked={query.priority ?? []}
        options={priorities.data!.map((priority) => ({
          name: 'priority',
          value: String(priority.number),
          text: `Priority ${priority.number}`,
          hint: priority.title,
        }))}
      />
      <Checkboxes
        legend="Status"
        checked={query.status ?? []}
        options={ACTION_STATUSES.map((status) => ({ name: 'status', value: status, text: ACTION_STATUS_LABELS[status] }))}
      />
      <Checkboxes legend="RAG rating" checked={query.rag ?? []} options={RAGS.map((rag) => ({ name: 'rag', value: rag, text: RAG_LABELS[rag] }))} />
      <Select
        name="sort"
        label="Sort by"
        value={query.sort ?? DEFAULT_SORT}
        options={ACTION_LIST_SORTS.map((sort) => ({ value: sort, text: SORT_LABELS[sort] }))}
      />
      <Select
        name="direction"
        label="Order"
        value={query.direction ?? DEFAULT_DIRECTION}
        options={[
          { value: 'asc', text: 'Ascending' },
          { value: 'desc', text: 'Descending' },
        ]}
      />
      </div>
      {query.pageSize !== undefined && <input type="hidden" name="pageSize" value={query.pageSize} />}
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button" data-module="govuk-button">
          Apply filters
        </button>
        <Link className="govuk-link" to={{ pathname: '/actions', search: clearedSearch(query) }}>
          Clear filters
        </Link>
      </div>
    </form>
  );
}

/** Clearing the filters keeps the sort. */
function clearedSearch(query: ActionListQuery): string {
  const text = searchParamsFromQuery({ sort: query.sort, direction: query.direction, pageSize: query.pageSize }).toString();
  return text ? `?${text}` : '';
}

import type { ActionListQuery, ActionListSort, ActionSummary } from '@steerline/contracts';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { RagTag, StatusTag } from '../../../components/rag-tag';
import { formatDate } from '../../../lib/format-date';
import { DEFAULT_DIRECTION, DEFAULT_SORT, sortedBy, toSearch } from '../list-params';

function SortableHeader({ query, sort, children, numeric }: { query: ActionListQuery; sort: ActionListSort; children: ReactNode; numeric?: boolean }) {
  const sorted = (query.sort ?? DEFAULT_SORT) === sort;
  const direction = query.direction ?? DEFAULT_DIRECTION;
  return (
    <th
      scope="col"
      className={numeric ? 'govuk-table__header govuk-table__header--numeric' : 'govuk-table__header'}
      aria-sort={sorted ? (direction === 'asc' ? 'ascending' : 'descending') : 'none'}
    >
      <Link className="govuk-link app-sort-link" to={{ pathname: '/actions', search: toSearch(sortedBy(query, sort)) }}>
        {children}
        {sorted && (
          <span aria-hidden="true" className="app-sort-link__arrow">
            {direction === 'asc' ? '\u00a0▲' : '\u00a0▼'}
          </span>
        )}
      </Link>
    </th>
  );
}

/** One page of actions; the headers of sortable columns are links that sort by them (again to reverse). */
export function ActionTable({ actions, query }: { actions: ActionSummary[]; query: ActionListQuery }) {
  return (
    <div className="app-table-container" role="region" aria-labelledby="action-table-caption" tabIndex={0}>
      <table className="govuk-table govuk-table--small-text-until-tablet">
        <caption id="action-table-caption" className="govuk-table__caption govuk-visually-hidden">
          Actions
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <SortableHeader query={query} sort="reference">
              Reference
            </SortableHeader>
            <SortableHeader query={query} sort="title">
              Title
            </SortableHeader>
            <SortableHeader query={query} sort="priority" numeric>
              Priority
            </SortableHeader>
            <th scope="col" className="govuk-table__header">
              Owner
            </th>
            <SortableHeader query={query} sort="rag">
              RAG
            </SortableHeader>
            <SortableHeader query={query} sort="status">
              Status
            </SortableHeader>
            <SortableHeader query={query} sort="dueDate">
              Due date
            </SortableHeader>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {actions.map((action) => (
            <tr className="govuk-table__row" key={action.id}>
              <td className="govuk-table__cell">
                <Link className="govuk-link" to={`/actions/${action.id}`}>
                  {action.reference}
                </Link>
              </td>
              <td className="govuk-table__cell">
                <Link className="govuk-link" to={`/actions/${action.id}`}>
                  {action.title}
                </Link>
              </td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{action.priority.number}</td>
              <td className="govuk-table__cell">{action.owner.name}</td>
              <td className="govuk-table__cell">
                <RagTag rag={action.rag} />
              </td>
              <td className="govuk-table__cell">
                <StatusTag status={action.status} />
                {action.blocked && (
                  <>
                    <br />
                    <strong className="govuk-tag govuk-tag--yellow">Blocked</strong>
                  </>
                )}
              </td>
              <td className="govuk-table__cell app-nowrap">
                {action.dueDate ? formatDate(action.dueDate) : 'No due date'}
                {action.overdue && (
                  <>
                    <br />
                    <strong className="app-overdue">Overdue</strong>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

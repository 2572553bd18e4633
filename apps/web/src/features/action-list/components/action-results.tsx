import { ACTION_LIST_DEFAULT_PAGE_SIZE, type ActionListQuery } from '@steerline/contracts';
import '../action-list.css';
import { Link } from 'react-router';
import { ApiError } from '../../../lib/api-client';
import { useActions } from '../api/get-actions';
import { filtersOf, hasFilters, onPage, toSearch } from '../list-params';
import { showingText } from '../pagination';
import { Pagination } from '../../../components/pagination';
import { ActionTable } from './action-table';

/** The exports take the same filters and sort as the list, without its paging. */
function DownloadLinks({ query }: { query: ActionListQuery }) {
  const search = toSearch(filtersOf(query));
  return (
    <ul className="govuk-list">
      <li>
        <a className="govuk-link" href={`/api/actions/export.csv${search}`} download>
          Download as CSV
        </a>
      </li>
      <li>
        <a className="govuk-link" href={`/api/actions/export.xlsx${search}`} download>
          Download as Excel
        </a>
      </li>
    </ul>
  );
}

/** The count, the table, the pages and the downloads of the list the query describes. */
export function ActionResults({ query }: { query: ActionListQuery }) {
  const actions = useActions(query);

  if (actions.isPending) return <p className="govuk-body">Loading actions…</p>;
  if (actions.isError) {
    const refused = actions.error instanceof ApiError && actions.error.status === 400;
    return (
      <div className="govuk-inset-text">
        {refused ? 'These filters are not valid. ' : 'The actions cannot be shown just now. '}
        <Link className="govuk-link" to="/actions">
          Show all actions
        </Link>
      </div>
    );
  }

  const { items, total, page, pageSize } = actions.data;
  const lastPage = Math.max(1, Math.ceil(total / (pageSize || ACTION_LIST_DEFAULT_PAGE_SIZE)));
  return (
    <>
      <h2 className="govuk-heading-m">Results</h2>
      <p className="govuk-body" role="status">
        {total > 0 ? showingText(page, pageSize, items.length, total) : hasFilters(query) ? 'No actions match these filters.' : 'There are no actions yet.'}
      </p>
      {items.length > 0 ? (
        <ActionTable actions={items} query={query} />
      ) : total > 0 ? (
        <p className="govuk-body">
          There are no actions on this page.{' '}
          <Link className="govuk-link" to={{ pathname: '/actions', search: toSearch(onPage(query, 1)) }}>
            Go to the first page
          </Link>
        </p>
      ) : null}
      <Pagination
        current={page}
        totalPages={lastPage}
        hrefFor={(target) => ({ pathname: '/actions', search: toSearch(onPage(query, target)) })}
        label="Pages of actions"
      />
      {total > 0 && (
        <>
          <h2 className="govuk-heading-s">Download these actions</h2>
          <DownloadLinks query={query} />
        </>
      )}
    </>
  );
}

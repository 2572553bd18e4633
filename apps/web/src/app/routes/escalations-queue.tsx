import type { Escalation, Page } from '@steerline/contracts';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { totalPages } from '../../components/page-items';
import { Pagination } from '../../components/pagination';
import { useQueue } from '../../features/escalations/api/get-queue';
import { QueueFilters } from '../../features/escalations/components/queue-filters';
import { QueueTable } from '../../features/escalations/components/queue-table';
import {
  type QueueFilters as Filters, hasQueueFilters, parseQueueFilters, parseQueuePage, queueCountText, toQueuePageQuery, toQueueQuery,
} from '../../features/escalations/queue-params';
import { useDocumentTitle } from '../../lib/document-title';

/** `/escalations`: the channel shift board's queue of escalations waiting for a decision, filtered and paged by the URL. */
export function EscalationsQueuePage() {
  useDocumentTitle('Board queue');
  const [search, setSearch] = useSearchParams();
  const query = search.toString();
  const filters = useMemo(() => parseQueueFilters(new URLSearchParams(query)), [query]);
  const page = parseQueuePage(search);
  const filterKey = toQueueQuery(filters);
  const queue = useQueue(filters, page);

  return (
    <>
      <h1 className="govuk-heading-l">Board queue</h1>
      <p className="govuk-body">Escalations waiting for the channel shift board, most urgent first.</p>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third">
          <QueueFilters key={filterKey} filters={filters} onApply={(next) => setSearch(new URLSearchParams(toQueueQuery(next)))} />
        </div>
        <div className="govuk-grid-column-two-thirds">
          {queue.isError ? (
            <p className="govuk-body">Sorry, the queue could not be loaded. Try again later.</p>
          ) : !queue.data ? (
            <p className="govuk-body">Loading the queue.</p>
          ) : (
            <QueueResults result={queue.data} filters={filters} />
          )}
        </div>
      </div>
    </>
  );
}

function QueueResults({ result, filters }: { result: Page<Escalation>; filters: Filters }) {
  const { items, total, page, pageSize } = result;
  const hrefFor = (target: number) => {
    const search = toQueuePageQuery(filters, target);
    return { pathname: '/escalations', search: search ? `?${search}` : '' };
  };
  return (
    <>
      {(total > 0 || hasQueueFilters(filters)) && (
        <p className="govuk-body" role="status">
          {queueCountText(result)}
          {hasQueueFilters(filters) ? (total === 1 ? ' matches the filters.' : ' match the filters.') : ' waiting for the board.'}
        </p>
      )}
      {items.length === 0 && total > 0 ? (
        <p className="govuk-body">
          There are no escalations on this page.{' '}
          <Link className="govuk-link" to={hrefFor(1)}>
            Go to the first page
          </Link>
        </p>
      ) : (
        <QueueTable escalations={items} />
      )}
      <Pagination current={page} totalPages={totalPages(total, pageSize)} hrefFor={hrefFor} label="Pages of the board queue" />
    </>
  );
}

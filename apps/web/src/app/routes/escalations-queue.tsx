import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useQueue } from '../../features/escalations/api/get-queue';
import { QueueFilters } from '../../features/escalations/components/queue-filters';
import { QueueTable } from '../../features/escalations/components/queue-table';
import { hasQueueFilters, parseQueueFilters, toQueueQuery } from '../../features/escalations/queue-params';
import { useDocumentTitle } from '../../lib/document-title';

/** `/escalations`: the channel shift board's queue of escalations waiting for a decision, filtered by the URL. */
export function EscalationsQueuePage() {
  useDocumentTitle('Board queue');
  const [search, setSearch] = useSearchParams();
  const query = search.toString();
  const filters = useMemo(() => parseQueueFilters(new URLSearchParams(query)), [query]);
  const queue = useQueue(filters);

  return (
    <>
      <h1 className="govuk-heading-l">Board queue</h1>
      <p className="govuk-body">Escalations waiting for the channel shift board, most urgent first.</p>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third">
          <QueueFilters key={query} filters={filters} onApply={(next) => setSearch(new URLSearchParams(toQueueQuery(next)))} />
        </div>
        <div className="govuk-grid-column-two-thirds">
          {queue.isError ? (
            <p className="govuk-body">Sorry, the queue could not be loaded. Try again later.</p>
          ) : !queue.data ? (
            <p className="govuk-body">Loading the queue.</p>
          ) : (
            <>
              {hasQueueFilters(filters) && (
                <p className="govuk-body" role="status">
                  {queue.data.length === 1 ? '1 escalation matches' : `${queue.data.length} escalations match`} the filters.
                </p>
              )}
              <QueueTable escalations={queue.data} />
            </>
          )}
        </div>
      </div>
    </>
  );
}

import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ErrorSummary } from '../../components/error-summary';
import { useDecisions } from '../../features/escalations/api/get-decisions';
import { DecisionLogFilters } from '../../features/escalations/components/decision-log-filters';
import { DecisionLogTable } from '../../features/escalations/components/decision-log-table';
import { hasDecisionLogFilters, parseDecisionLogFilters, toDecisionLogQuery } from '../../features/escalations/decision-log-params';
import { describeLabelledFormErrors } from '../../lib/form-errors';
import { ApiError } from '../../lib/api-client';
import { useDocumentTitle } from '../../lib/document-title';

const FILTER_FIELDS = {
  from: { inputId: 'filter-from', label: 'Decided on or after' },
  to: { inputId: 'filter-to', label: 'Decided on or before' },
};

/** `/decisions`: every decision the channel shift board has recorded, filtered by the URL, with a CSV download. */
export function DecisionLogPage() {
  const [search, setSearch] = useSearchParams();
  const query = search.toString();
  const filters = useMemo(() => parseDecisionLogFilters(new URLSearchParams(query)), [query]);
  const decisions = useDecisions(filters);
  const refused = decisions.isError && decisions.error instanceof ApiError && decisions.error.status === 400;
  const errors = refused ? describeLabelledFormErrors(decisions.error, FILTER_FIELDS) : undefined;
  useDocumentTitle(errors ? 'Error: Decision log' : 'Decision log');
  const apiQuery = toDecisionLogQuery(filters);

  return (
    <>
      {errors && <ErrorSummary key={query} items={errors.summary} />}
      <h1 className="govuk-heading-l">Decision log</h1>
      <p className="govuk-body">Every decision the channel shift board has recorded on an escalation, newest first. <Link className="govuk-link" to="/board-meetings">See the board meetings</Link>.</p>
      <DecisionLogFilters key={query} filters={filters} errors={errors?.fields} onApply={(next) => setSearch(new URLSearchParams(toDecisionLogQuery(next)))} />
      {refused ? (
            <p className="govuk-body">Correct the filters to see the decisions.</p>
          ) : decisions.isError ? (
            <p className="govuk-body">Sorry, the decision log could not be loaded. Try again later.</p>
          ) : !decisions.data ? (
            <p className="govuk-body">Loading the decision log.</p>
          ) : (
            <>
              {hasDecisionLogFilters(filters) && (
                <p className="govuk-body" role="status">
                  {decisions.data.length === 1 ? '1 decision matches' : `${decisions.data.length} decisions match`} the filters.
                </p>
              )}
              <p className="govuk-body">
                <a className="govuk-link" href={`/api/decisions.csv${apiQuery ? `?${apiQuery}` : ''}`} download>
                  Download as CSV
                </a>
              </p>
              <DecisionLogTable decisions={decisions.data} />
            </>
          )}
    </>
  );
}

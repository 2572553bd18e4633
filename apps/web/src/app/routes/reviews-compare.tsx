import { useRef } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ErrorSummary } from '../../components/error-summary';
import { useFocusHeadingIfLost } from '../../components/focus-heading';
import { useComparison } from '../../features/reports/api/get-comparison';
import { useCycleChoices } from '../../features/reports/api/get-cycle-choices';
import { CompareForm } from '../../features/reports/components/compare-form';
import { ComparisonView } from '../../features/reports/components/comparison-view';
import '../../features/reports/reports.css';
import { useDocumentTitle } from '../../lib/document-title';
import { ServiceProblemPage } from './service-problem';

const TITLE = 'Compare review cycles';

/** `/reviews/compare?from=&to=`: what changed between two review cycles. */
export function CompareReviewCyclesPage() {
  const [params, setParams] = useSearchParams();
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusHeadingIfLost(heading);
  const cycles = useCycleChoices();
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const comparison = useComparison(from, to);
  const sameCycle = from !== '' && from === to;
  useDocumentTitle(sameCycle ? `Error: ${TITLE}` : TITLE);
  if (cycles.isError) return <ServiceProblemPage />;
  if (cycles.isPending) return null;
  // The earlier cycle defaults to the one before the later cycle (the API lists newest first).
  const toIndex = cycles.data.findIndex((cycle) => cycle.id === to);
  const defaultFrom = from || (toIndex >= 0 ? (cycles.data[toIndex + 1]?.id ?? '') : '');
  return (
    <>
      <Link to="/reviews" className="govuk-back-link">
        Back to reviews
      </Link>
      {sameCycle && <ErrorSummary items={[{ text: 'Choose two different cycles', fieldId: 'from' }]} />}
      <h1 className="govuk-heading-l" ref={heading} tabIndex={-1}>
        {TITLE}
      </h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-half">
          <CompareForm
            key={`${from}-${to}`}
            cycles={cycles.data}
            from={defaultFrom}
            to={to}
            error={sameCycle ? 'Choose two different cycles' : undefined}
            onCompare={(nextFrom, nextTo) => setParams(new URLSearchParams({ from: nextFrom, to: nextTo }))}
          />
        </div>
      </div>
      {comparison.isError && <p className="govuk-body">The comparison could not be made. Check both cycles exist, then try again.</p>}
      {comparison.data && <ComparisonView comparison={comparison.data} />}
      {!comparison.data && !comparison.isError && !sameCycle && (from === '' || to === '') && <p className="govuk-body">Choose two cycles to see what changed.</p>}
    </>
  );
}

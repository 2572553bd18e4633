import { ErrorCode, type ReviewCycleDetail } from '@steerline/contracts';
import { useMemo, useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { ErrorSummary } from '../../components/error-summary';
import { useFocusHeadingIfLost } from '../../components/focus-heading';
import { Pagination } from '../../components/pagination';
import { StaleVersionNotice } from '../../components/stale-version-notice';
import { SuccessBanner } from '../../components/success-banner';
import { useCycle } from '../../features/reviews/api/get-cycle';
import { useTracker } from '../../features/reviews/api/get-tracker';
import { type CycleTransition, useTransitionCycle } from '../../features/reviews/api/transition-cycle';
import { CycleActions, SIGN_OFF_CONFIRM_ID } from '../../features/reviews/components/cycle-actions';
import { CycleSummary } from '../../features/reviews/components/cycle-summary';
import { TrackerFilters } from '../../features/reviews/components/tracker-filters';
import { TrackerTable } from '../../features/reviews/components/tracker-table';
import { formatDate } from '../../lib/format-date';
import '../../features/reviews/reviews.css';
import { parseTrackerFilters, toTrackerQuery, trackerCounts, type TrackerFilters as Filters } from '../../features/reviews/tracker-params';
import { ApiError } from '../../lib/api-client';
import { useDocumentTitle } from '../../lib/document-title';
import { useFlashMessage } from '../../lib/flash-message';
import { describeFormError, isStaleVersion } from '../../lib/form-errors';
import { QueryPage } from '../query-page';

/** `/reviews/:id`: a review cycle, its next step, and the tracker of its returns. */
export function ReviewCyclePage() {
  const { id = '' } = useParams();
  const cycle = useCycle(id);
  return <QueryPage query={cycle}>{(data) => <CycleView cycle={data} refetch={cycle.refetch} />}</QueryPage>;
}

const DONE: Record<CycleTransition, string> = {
  open: 'The cycle is open: owners have been asked for their returns',
  'board-review': 'Board review has started',
  'sign-off': 'The cycle has been signed off',
};

const CONFIRM_MESSAGE = 'Confirm that you sign off this review cycle';

function CycleView({ cycle, refetch }: { cycle: ReviewCycleDetail; refetch: () => Promise<unknown> }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusHeadingIfLost(heading);
  const flash = useFlashMessage();
  const transition = useTransitionCycle();
  const [unconfirmed, setUnconfirmed] = useState(0);
  const stale = transition.isError && isStaleVersion(transition.error);
  const signedOffMeanwhile = transition.error instanceof ApiError && transition.error.code === ErrorCode.CycleSignedOff;
  const errorItems = unconfirmed
    ? [{ text: CONFIRM_MESSAGE, fieldId: SIGN_OFF_CONFIRM_ID }]
    : transition.isError && !stale
      ? signedOffMeanwhile
        ? [{ text: 'The cycle has already been signed off and can no longer change' }]
        : describeFormError(transition.error, {}).summary
      : undefined;
  useDocumentTitle(errorItems ? `Error: ${cycle.name}` : cycle.name);

  const run = (next: CycleTransition) => {
    setUnconfirmed(0);
    transition.mutate({ id: cycle.id, transition: next, version: cycle.version });
  };
  const reload = async () => {
    await refetch();
    transition.reset();
  };

  return (
    <>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <Link to="/reviews" className="govuk-back-link">
            Back to reviews
          </Link>
          {transition.isSuccess ? <SuccessBanner key={transition.submittedAt} heading={DONE[transition.variables.transition]} /> : flash && <SuccessBanner heading={flash} />}
          {errorItems && <ErrorSummary key={`${transition.submittedAt}-${unconfirmed}`} items={errorItems} />}
          {stale && <StaleVersionNotice what="review cycle" onReload={() => void reload()} />}
          <span className="govuk-caption-l">Review cycle</span>
          <h1 className="govuk-heading-l" ref={heading} tabIndex={-1}>
            {cycle.name}
          </h1>
          {cycle.status === 'signed_off' && (
            <div className="govuk-inset-text">
              This cycle was signed off on {formatDate(cycle.signedOffAt)} and can no longer change.
            </div>
          )}
          <CycleSummary cycle={cycle} />
          {cycle.can.edit && (
            <p className="govuk-body">
              <Link className="govuk-link" to={`/reviews/${cycle.id}/edit`}>
                Change the cycle’s name or dates
              </Link>
            </p>
          )}
          <ul className="govuk-list">
            <li>
              <Link className="govuk-link" to={`/reviews/${cycle.id}/report`}>
                Corporate Plan report{cycle.status === 'signed_off' ? '' : ' (draft)'}
              </Link>
            </li>
            <li>
              <Link className="govuk-link" to={`/reviews/compare?to=${encodeURIComponent(cycle.id)}`}>
                Compare with another cycle
              </Link>
            </li>
          </ul>
          {!stale && (
            <CycleActions
              key={cycle.version}
              cycle={cycle}
              submitting={transition.isPending}
              confirmError={unconfirmed ? CONFIRM_MESSAGE : undefined}
              onUnconfirmed={() => setUnconfirmed((count) => count + 1)}
              onTransition={run}
            />
          )}
        </div>
      </div>
      {cycle.status !== 'draft' && <Tracker cycle={cycle} />}
    </>
  );
}

function Tracker({ cycle }: { cycle: ReviewCycleDetail }) {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => parseTrackerFilters(searchParams), [searchParams]);
  const search = toTrackerQuery(filters);
  const tracker = useTracker(cycle.id, filters);
  const counts = trackerCounts(cycle.returnCounts);
  // The form keeps focus when it applied the filters itself; a list reached another way (clear, back) gets a new form.
  const [formKey, setFormKey] = useState({ key: 0, search, appliedByForm: null as string | null });
  if (formKey.search !== search) setFormKey({ key: search === formKey.appliedByForm ? formKey.key : formKey.key + 1, search, appliedByForm: null });
  const apply = (next: Filters) => {
    const query = toTrackerQuery(next);
    setFormKey((current) => ({ ...current, appliedByForm: query }));
    setSearchParams(new URLSearchParams(query));
  };
  const totalPages = tracker.data ? Math.max(1, Math.ceil(tracker.data.total / tracker.data.pageSize)) : 1;
  return (
    <section aria-labelledby="tracker-heading">
      <h2 className="govuk-heading-m" id="tracker-heading">
        Returns
      </h2>
      <p className="govuk-body">
        {counts.not_started} missing, {counts.submitted} submitted, {counts.sent_back} sent back, {counts.accepted} accepted.
      </p>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-quarter">
          <TrackerFilters key={formKey.key} filters={filters} counts={counts} clearTo={`/reviews/${cycle.id}`} onApply={apply} />
        </div>
        <div className="govuk-grid-column-three-quarters">
          {tracker.isError && <p className="govuk-body">The returns could not be loaded. Try again later.</p>}
          {tracker.data && (
            <>
              <TrackerTable rows={tracker.data.items} caption={`Returns in ${cycle.name} (${tracker.data.total})`} />
              <Pagination
                current={filters.page}
                totalPages={totalPages}
                label="Pages of returns"
                hrefFor={(page) => ({ pathname: `/reviews/${cycle.id}`, search: toTrackerQuery({ ...filters, page }) })}
              />
            </>
          )}
        </div>
      </div>
    </section>
  );
}

import { type ReviewCycleDetail } from '@steerline/contracts';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorSummary } from '../../components/error-summary';
import { StaleVersionNotice, useReloadLatest } from '../../components/stale-version-notice';
import { useCycle } from '../../features/reviews/api/get-cycle';
import { useUpdateCycle } from '../../features/reviews/api/update-cycle';
import { CycleForm } from '../../features/reviews/components/cycle-form';
import { CYCLE_FIELD_IDS, cycleToValues, valuesToUpdateRequest } from '../../features/reviews/cycle-form-values';
import { useDocumentTitle } from '../../lib/document-title';
import type { FlashState } from '../../lib/flash-message';
import { describeFormError, isStaleVersion } from '../../lib/form-errors';
import { QueryPage } from '../query-page';

/** `/reviews/:id/edit`: change a cycle's name, dates or reminders before it is signed off. */
export function EditReviewCyclePage() {
  const { id = '' } = useParams();
  const cycle = useCycle(id);
  return <QueryPage query={cycle}>{(data) => (data.can.edit ? <EditView cycle={data} refetch={cycle.refetch} /> : <CannotEdit cycle={data} />)}</QueryPage>;
}

function EditView({ cycle, refetch }: { cycle: ReviewCycleDetail; refetch: () => Promise<unknown> }) {
  const update = useUpdateCycle();
  const navigate = useNavigate();
  // The version the form was loaded at stays put while the user types; a reload starts a new form.
  const [base, setBase] = useState(cycle);
  const stale = update.isError && isStaleVersion(update.error);
  const errors = update.isError && !stale ? describeFormError(update.error, CYCLE_FIELD_IDS) : undefined;
  const title = `Edit ${base.name}`;
  useDocumentTitle(errors ? `Error: ${title}` : title);
  const { reload, reloading } = useReloadLatest({
    refetch: async () => {
      const latest = (await refetch()) as { data?: ReviewCycleDetail };
      if (latest.data) setBase(latest.data);
    },
    onReloaded: () => update.reset(),
    focusId: CYCLE_FIELD_IDS.name,
  });
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link to={`/reviews/${cycle.id}`} className="govuk-back-link">
          Back to {base.name}
        </Link>
        {errors && <ErrorSummary key={update.submittedAt} items={errors.summary} />}
        {stale && <StaleVersionNotice what="review cycle" onReload={() => void reload()} reloading={reloading} />}
        <h1 className="govuk-heading-l">{title}</h1>
        <CycleForm
          key={base.version}
          initial={cycleToValues(base)}
          errors={errors}
          submitting={update.isPending}
          submitText="Save changes"
          onSubmit={(values) =>
            update.mutate(
              { id: base.id, request: valuesToUpdateRequest(values, base) },
              {
                onSuccess: (saved) => {
                  const state: FlashState = { flash: `${saved.name} has been updated` };
                  void navigate(`/reviews/${saved.id}`, { state });
                },
              },
            )
          }
        />
      </div>
    </div>
  );
}

function CannotEdit({ cycle }: { cycle: ReviewCycleDetail }) {
  useDocumentTitle('You cannot edit this review cycle');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">You cannot edit this review cycle</h1>
        <p className="govuk-body">
          {cycle.status === 'signed_off' ? 'The cycle has been signed off and can no longer change.' : 'Only the channel shift board and administrators manage review cycles.'}
        </p>
        <p className="govuk-body">
          <Link className="govuk-link" to={`/reviews/${cycle.id}`}>
            Go to {cycle.name}
          </Link>
        </p>
      </div>
    </div>
  );
}

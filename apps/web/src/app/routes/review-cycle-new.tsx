import { Permission } from '@steerline/contracts';
import { Link, useNavigate } from 'react-router';
import { ErrorSummary } from '../../components/error-summary';
import { NoPermission } from '../../components/no-permission';
import { useMe } from '../../features/auth/api/get-me';
import { useCreateCycle } from '../../features/reviews/api/create-cycle';
import { CycleForm } from '../../features/reviews/components/cycle-form';
import { CYCLE_FIELD_IDS, EMPTY_CYCLE, valuesToCreateRequest } from '../../features/reviews/cycle-form-values';
import { useDocumentTitle } from '../../lib/document-title';
import type { FlashState } from '../../lib/flash-message';
import { describeFormError } from '../../lib/form-errors';

const TITLE = 'Create a review cycle';

/** `/reviews/new`: a draft review cycle, for the board and admins. */
export function NewReviewCyclePage() {
  const { data: me } = useMe();
  const create = useCreateCycle();
  const navigate = useNavigate();
  const errors = create.isError ? describeFormError(create.error, CYCLE_FIELD_IDS) : undefined;
  useDocumentTitle(errors ? `Error: ${TITLE}` : TITLE);
  if (!me) return null;
  if (!me.permissions.includes(Permission.ReviewManage)) return <NoPermission />;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link to="/reviews" className="govuk-back-link">
          Back to reviews
        </Link>
        {errors && <ErrorSummary key={create.submittedAt} items={errors.summary} />}
        <h1 className="govuk-heading-l">{TITLE}</h1>
        <p className="govuk-body">The cycle starts as a draft. Owners are asked for their returns when you open it.</p>
        <CycleForm
          initial={EMPTY_CYCLE}
          errors={errors}
          submitting={create.isPending}
          submitText="Create review cycle"
          onSubmit={(values) =>
            create.mutate(valuesToCreateRequest(values), {
              onSuccess: (cycle) => {
                const state: FlashState = { flash: `${cycle.name} has been created` };
                void navigate(`/reviews/${cycle.id}`, { state });
              },
            })
          }
        />
      </div>
    </div>
  );
}

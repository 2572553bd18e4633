import type { ActionDetail } from '@steerline/contracts';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorSummary } from '../../components/error-summary';
import { useAction } from '../../features/actions/api/get-action';
import { usePostProgressUpdate } from '../../features/actions/api/post-progress-update';
import { describeFormErrors } from '../../lib/form-errors';
import { ProgressUpdateForm } from '../../features/actions/components/progress-update-form';
import {
  PROGRESS_FIELD_ORDER,
  emptyProgressUpdate,
  locateProgressField,
  measureInputId,
  toProgressUpdateRequest,
} from '../../features/actions/components/progress-update-values';
import { useDocumentTitle } from '../../lib/document-title';
import type { FlashState } from '../../lib/flash-message';
import { QueryPage } from '../query-page';

const TITLE = 'Post a progress update';

export function NewProgressUpdatePage() {
  const { id = '' } = useParams();
  const action = useAction(id);
  return <QueryPage query={action}>{(data) => <ProgressUpdateView action={data} />}</QueryPage>;
}

function ProgressUpdateView({ action }: { action: ActionDetail }) {
  const post = usePostProgressUpdate();
  const navigate = useNavigate();
  const [initialValues] = useState(() => emptyProgressUpdate(action.percentComplete));
  // The measure each sent value was for, so an error about `measureValues.1.value` lands on the right input.
  const sentMeasures = post.variables?.request.measureValues?.map((value) => value.measureId) ?? [];
  const measureNames = Object.fromEntries(action.measures.map((measure) => [measure.id, measure.name]));
  const order = [...PROGRESS_FIELD_ORDER, ...action.measures.map((measure) => measureInputId(measure.id))];
  const errors = post.isError
    ? describeFormErrors(post.error, (field) => locateProgressField(field, sentMeasures, measureNames), (inputId) => order.indexOf(inputId))
    : undefined;
  useDocumentTitle(errors ? `Error: ${TITLE}` : TITLE);
  const path = `/actions/${action.id}`;
  // Stays on the form while the update it sent is answered.
  const mayPost = action.can.postUpdate || !post.isIdle;

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link to={path} className="govuk-back-link">
          Back to {action.reference}
        </Link>
        {errors && <ErrorSummary key={post.submittedAt} items={errors.summary} />}
        <span className="govuk-caption-l">
          {action.reference}: {action.title}
        </span>
        <h1 className="govuk-heading-l">{mayPost ? TITLE : `You cannot post a progress update on ${action.reference}`}</h1>
        {mayPost ? (
          <ProgressUpdateForm
            measures={action.measures}
            initialValues={initialValues}
            errors={errors}
            submitting={post.isPending}
            onSubmit={(values) =>
              post.mutate(
                { actionId: action.id, request: toProgressUpdateRequest(values, action.measures).request },
                {
                  onSuccess: () => {
                    const state: FlashState = { flash: 'Progress update posted' };
                    navigate(path, { state });
                  },
                },
              )
            }
          />
        ) : (
          <p className="govuk-body">
            {action.status === 'cancelled'
              ? 'It has been cancelled, so no more updates can be posted.'
              : 'You can post updates on actions you own, that your governance body owns, or that your organisation is a partner on.'}
          </p>
        )}
      </div>
    </div>
  );
}

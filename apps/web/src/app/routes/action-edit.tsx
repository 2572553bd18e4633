import { ErrorCode, type ActionDetail, type MeResponse } from '@steerline/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorSummary } from '../../components/error-summary';
import { focusProgrammatically } from '../../components/focus';
import { StaleVersionNotice } from '../../components/stale-version-notice';
import { useMe } from '../../features/auth/api/get-me';
import { actionQueryOptions, useAction } from '../../features/actions/api/get-action';
import { useUpdateAction } from '../../features/actions/api/update-action';
import { ActionForm, type ActionFormOptions } from '../../features/actions/components/action-form';
import { useActionFormOptions } from '../../features/actions/components/action-form-options';
import {
  actionFormFromDetail,
  changesSince,
  inputOrder,
  locateField,
  toUpdateRequest,
} from '../../features/actions/components/action-form-values';
import { describeFormErrors } from '../../lib/form-errors';
import { ApiError } from '../../lib/api-client';
import { useDocumentTitle } from '../../lib/document-title';
import type { FlashState } from '../../lib/flash-message';
import { ServiceProblemPage } from './service-problem';
import { QueryPage } from '../query-page';

export function EditActionPage() {
  const { id = '' } = useParams();
  const { data: me } = useMe();
  const action = useAction(id);
  if (!me) return null;
  return <QueryPage query={action}>{(data) => (data.can.edit ? <EditActionLoader me={me} action={data} /> : <CannotEdit action={data} />)}</QueryPage>;
}

function EditActionLoader({ me, action }: { me: MeResponse; action: ActionDetail }) {
  const choices = useActionFormOptions(me, {
    priorityId: action.priority.id,
    owningBodyId: action.owningBody.id,
    segmentIds: action.segments.map((segment) => segment.id),
  });
  if (choices.status === 'error') return <ServiceProblemPage />;
  if (choices.status === 'pending') return null;
  return <EditActionView action={action} options={choices.options} />;
}

/** What the API's 409 carries: the action as it is saved now. */
function currentFrom(error: unknown): ActionDetail | undefined {
  if (!(error instanceof ApiError) || error.code !== ErrorCode.StaleVersion) return undefined;
  return (error.details as { current?: ActionDetail } | undefined)?.current;
}

function EditActionView({ action, options }: { action: ActionDetail; options: ActionFormOptions }) {
  const update = useUpdateAction();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  // The version the form was loaded at: it stays put while the user types, even if the action is refetched meanwhile.
  const [base, setBase] = useState(action);
  // A new form (with the latest version's values) after "Reload the latest version".
  const [formGeneration, setFormGeneration] = useState(0);
  const [reloading, setReloading] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  const stale = update.error instanceof ApiError && update.error.code === ErrorCode.StaleVersion;
  const sent = update.variables?.request;
  const errors =
    update.isError && !stale
      ? describeFormErrors(update.error, locateField, inputOrder({ milestones: sent?.milestones?.length ?? 0, measures: sent?.measures?.length ?? 0 }))
      : undefined;
  const title = `Edit ${base.reference}`;
  useDocumentTitle(errors ? `Error: ${title}` : title);
  const current = currentFrom(update.error);
  const theirChanges = current ? changesSince(base, current) : [];

  const reload = async () => {
    setReloading(true);
    try {
      const latest = current ?? (await queryClient.fetchQuery({ ...actionQueryOptions(base.id), staleTime: 0 }));
      queryClient.setQueryData(actionQueryOptions(base.id).queryKey, latest);
      setBase(latest);
      setFormGeneration((generation) => generation + 1);
      update.reset();
      if (heading.current) focusProgrammatically(heading.current);
    } finally {
      setReloading(false);
    }
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link to={`/actions/${base.id}`} className="govuk-back-link">
          Back to {base.reference}
        </Link>
        {errors && <ErrorSummary key={update.submittedAt} items={errors.summary} />}
        {stale && (
          <>
            <StaleVersionNotice what="action" onReload={() => void reload()} reloading={reloading} />
            {theirChanges.length > 0 && (
              <div className="govuk-inset-text">
                <h2 className="govuk-heading-s">What they changed</h2>
                <dl className="govuk-summary-list">
                  {theirChanges.map((change) => (
                    <div key={change.label} className="govuk-summary-list__row">
                      <dt className="govuk-summary-list__key">{change.label}</dt>
                      <dd className="govuk-summary-list__value app-preserve-lines">Now: {change.now}</dd>
                    </div>
                  ))}
                </dl>
              </div>
            )}
          </>
        )}
        <span className="govuk-caption-l">
          {base.reference}: {base.title}
        </span>
        <h1 className="govuk-heading-l" ref={heading}>
          Edit action
        </h1>
        {formGeneration > 0 && !stale && (
          <div className="govuk-inset-text">
            This is the latest version of {base.reference}, with the other change. Your earlier changes were not saved: make them again, then save.
          </div>
        )}
        <ActionForm
          key={formGeneration}
          mode="edit"
          initialValues={actionFormFromDetail(base)}
          options={options}
          errors={errors}
          submitting={update.isPending}
          onSubmit={(values) =>
            update.mutate(
              { id: base.id, request: toUpdateRequest(values, base.version) },
              {
                onSuccess: (saved) => {
                  const state: FlashState = { flash: 'Your changes have been saved' };
                  navigate(`/actions/${saved.id}`, { state });
                },
              },
            )
          }
        />
      </div>
    </div>
  );
}

function CannotEdit({ action }: { action: ActionDetail }) {
  useDocumentTitle(`You cannot edit ${action.reference}`);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">You cannot edit {action.reference}</h1>
        <p className="govuk-body">
          {action.status === 'cancelled'
            ? 'It has been cancelled, so it can no longer be edited.'
            : 'Only members of the governance body that owns this action, and of the bodies that manage the action plan, can edit it.'}
        </p>
        <p className="govuk-body">
          <Link className="govuk-link" to={`/actions/${action.id}`}>
            Go back to {action.reference}
          </Link>
        </p>
      </div>
    </div>
  );
}

import { ErrorCode, type ActionDetail } from '@steerline/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef } from 'react';
import { focusProgrammatically } from '../../components/focus';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { ErrorSummary } from '../../components/error-summary';
import { RagTag, StatusTag } from '../../components/rag-tag';
import { StaleVersionNotice } from '../../components/stale-version-notice';
import { SuccessBanner } from '../../components/success-banner';
import { useCancelAction } from '../../features/actions/api/cancel-action';
import { actionQueryOptions, useAction } from '../../features/actions/api/get-action';
import { useActionHistory } from '../../features/actions/api/get-action-history';
import { useProgressUpdates } from '../../features/actions/api/get-progress-updates';
import { ActionSummaryList } from '../../features/actions/components/action-summary';
import { ButtonLink } from '../../features/actions/components/button-link';
import { CancelActionForm } from '../../features/actions/components/cancel-action-form';
import { ChangeHistory } from '../../features/actions/components/change-history';
import { BlockerWarnings, DependenciesSection } from '../../features/actions/components/dependencies-section';
import { describeFormErrors } from '../../lib/form-errors';
import { MeasuresTable } from '../../features/actions/components/measures-table';
import { MilestonesTable } from '../../features/actions/components/milestones-table';
import { ProgressTimeline } from '../../features/actions/components/progress-timeline';
import { EvidenceSection } from '../../features/attachments/components/evidence-section';
import { UpdateEvidence } from '../../features/attachments/components/update-evidence';
import { useMe } from '../../features/auth/api/get-me';
import { ActionEscalations } from '../../features/escalations/components/action-escalations';
import { ApiError } from '../../lib/api-client';
import { useDocumentTitle } from '../../lib/document-title';
import { useFlashMessage, type FlashState } from '../../lib/flash-message';
import { QueryPage } from '../query-page';

/** `/actions/:id`, and with `?cancel` the question that cancels it. */
export function ActionDetailPage() {
  const { id = '' } = useParams();
  const [search] = useSearchParams();
  const action = useAction(id);
  const view = search.has('cancel') ? 'cancel' : 'action';
  useFocusHeadingOnViewChange(view);
  return <QueryPage query={action}>{(data) => (view === 'cancel' ? <CancelActionView action={data} /> : <ActionView action={data} />)}</QueryPage>;
}

/**
 * The action and its cancel question share a path, so the layout does not move focus between them: this does, to the
 * new view's heading, unless something in it (a success banner) has already taken focus.
 */
function useFocusHeadingOnViewChange(view: string): void {
  const shown = useRef(view);
  useEffect(() => {
    if (shown.current === view) return;
    shown.current = view;
    const main = document.getElementById('main-content');
    if (!main || (main.contains(document.activeElement) && document.activeElement !== main)) return;
    const heading = main.querySelector('h1');
    if (heading) focusProgrammatically(heading);
  }, [view]);
}

function ActionView({ action }: { action: ActionDetail }) {
  useDocumentTitle(`${action.reference}: ${action.title}`);
  const notice = useFlashMessage();
  const updates = useProgressUpdates(action.id);
  const history = useActionHistory(action.id);
  const { data: me } = useMe();
  const path = `/actions/${action.id}`;

  return (
    <>
      <Link to="/actions" className="govuk-back-link">
        Back to all actions
      </Link>
      {notice && <SuccessBanner heading={notice} />}
      {action.status === 'cancelled' && <CancelledBanner action={action} />}
      <span className="govuk-caption-l">Priority {action.priority.number}</span>
      <h1 className="govuk-heading-l">
        {action.reference}: {action.title}
      </h1>
      <p className="govuk-body">
        <RagTag rag={action.rag} prefix="RAG rating:" /> <StatusTag status={action.status} prefix="Status:" />
        {action.overdue && (
          <>
            {' '}
            <strong className="govuk-tag govuk-tag--red">Overdue</strong>
          </>
        )}
        {action.blocked && (
          <>
            {' '}
            <strong className="govuk-tag govuk-tag--yellow">Blocked</strong>
          </>
        )}
      </p>
      <BlockerWarnings action={action} />
      {(action.can.postUpdate || action.can.edit || action.can.cancel) && (
        <div className="govuk-button-group">
          {action.can.postUpdate && <ButtonLink to={`${path}/updates/new`}>Post a progress update</ButtonLink>}
          {action.can.edit && (
            <ButtonLink to={`${path}/edit`} className="govuk-button--secondary">
              Edit action
            </ButtonLink>
          )}
          {action.can.cancel && (
            <ButtonLink to={`${path}?cancel`} className="govuk-button--warning">
              Cancel action
            </ButtonLink>
          )}
        </div>
      )}

      <ActionSummaryList action={action} />

      <h2 className="govuk-heading-m">Description</h2>
      <p className="govuk-body app-preserve-lines">{action.description || 'No description.'}</p>

      <h2 className="govuk-heading-m">Milestones</h2>
      <MilestonesTable milestones={action.milestones} />

      <h2 className="govuk-heading-m">Measures</h2>
      <MeasuresTable measures={action.measures} />

      <DependenciesSection action={action} />

      <EvidenceSection
        path={`/actions/${action.id}/attachments`}
        caption={`Evidence on ${action.reference}, its progress updates, review returns and escalations`}
        mayAdd={action.status !== 'cancelled' && (action.can.postUpdate || action.can.edit)}
        showParent
      />

      <ActionEscalations actionId={action.id} />

      <h2 className="govuk-heading-m">Progress updates</h2>
      {updates.isError ? (
        <p className="govuk-body">Sorry, the progress updates could not be loaded. Try again later.</p>
      ) : updates.data ? (
        <ProgressTimeline
          updates={updates.data}
          after={(update) => (action.status !== 'cancelled' && update.author.id === me?.id ? <UpdateEvidence actionId={action.id} updateId={update.id} /> : null)}
        />
      ) : (
        <p className="govuk-body">Loading the progress updates.</p>
      )}

      <h2 className="govuk-heading-m">History</h2>
      {history.isError ? (
        <p className="govuk-body">Sorry, the change history could not be loaded. Try again later.</p>
      ) : (
        <ChangeHistory entries={history.data} />
      )}
    </>
  );
}

function CancelledBanner({ action }: { action: ActionDetail }) {
  const titleId = useId();
  return (
    <div className="govuk-notification-banner" role="region" aria-labelledby={titleId}>
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={titleId}>
          Important
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">This action has been cancelled</p>
        <p className="govuk-body app-preserve-lines">Reason: {action.cancelledReason ?? 'Not recorded'}</p>
        <p className="govuk-body">It can no longer be edited or updated.</p>
      </div>
    </div>
  );
}

function CancelActionView({ action }: { action: ActionDetail }) {
  const cancel = useCancelAction();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const path = `/actions/${action.id}`;
  const stale = cancel.error instanceof ApiError && cancel.error.code === ErrorCode.StaleVersion;
  const errors = cancel.isError && !stale ? describeFormErrors(cancel.error, locateCancelField, () => 0) : undefined;
  useDocumentTitle(`${errors ? 'Error: ' : ''}Cancel ${action.reference}`);

  const submit = (reason: string) =>
    cancel.mutate(
      { id: action.id, request: { version: action.version, reason } },
      {
        onSuccess: (cancelled) => {
          const state: FlashState = { flash: `${cancelled.reference} has been cancelled` };
          navigate(path, { state });
        },
      },
    );

  /** After a 409 the answer carries the action as it is now: show it, so the user decides again knowing the change. */
  const reload = async () => {
    const current = (cancel.error as ApiError).details as { current?: ActionDetail } | undefined;
    if (current?.current) queryClient.setQueryData(actionQueryOptions(action.id).queryKey, current.current);
    await queryClient.invalidateQueries({ queryKey: actionQueryOptions(action.id).queryKey });
    navigate(path);
  };

  // Stays on this view while the cancellation it sent is answered (the action then says it may no longer be cancelled).
  const mayCancel = action.can.cancel || !cancel.isIdle;

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link to={path} className="govuk-back-link">
          Back to {action.reference}
        </Link>
        {!mayCancel ? (
          <>
            <h1 className="govuk-heading-l">
              You cannot cancel {action.reference}
            </h1>
            <p className="govuk-body">
              {action.status === 'cancelled'
                ? 'It has already been cancelled.'
                : 'Only members of a governance body that may edit this action can cancel it.'}
            </p>
          </>
        ) : (
          <>
            {errors && <ErrorSummary key={cancel.submittedAt} items={errors.summary} />}
            {stale && <StaleVersionNotice what="action" onReload={() => void reload()} />}
            <span className="govuk-caption-l">
              {action.reference}: {action.title}
            </span>
            <h1 className="govuk-heading-l">
              Cancel this action
            </h1>
            <CancelActionForm
              reference={action.reference}
              actionPath={path}
              errors={errors}
              submitting={cancel.isPending}
              onSubmit={submit}
            />
          </>
        )}
      </div>
    </div>
  );
}

const locateCancelField = (field: string) => (field === 'reason' ? { inputId: 'reason', key: 'reason' } : { key: field });

import { ErrorCode, type ReviewReturn } from '@steerline/contracts';
import { useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ErrorSummary } from '../../components/error-summary';
import { useFocusHeadingIfLost } from '../../components/focus-heading';
import { StaleVersionNotice, useReloadLatest } from '../../components/stale-version-notice';
import { SuccessBanner } from '../../components/success-banner';
import { EvidenceSection } from '../../features/attachments/components/evidence-section';
import { useChangeReturn, type ReturnChange } from '../../features/reviews/api/change-return';
import { useCycle } from '../../features/reviews/api/get-cycle';
import { useReturn } from '../../features/reviews/api/get-return';
import { BoardDecision } from '../../features/reviews/components/board-decision';
import { ReturnDetails } from '../../features/reviews/components/return-details';
import { ReturnForm } from '../../features/reviews/components/return-form';
import { ReturnStatusTag } from '../../features/reviews/components/tags';
import { formatDate } from '../../lib/format-date';
import { returnFieldIds, returnToValues, valuesToSaveRequest, type ReturnFormValues } from '../../features/reviews/return-form-values';
import '../../features/reviews/reviews.css';
import { ApiError } from '../../lib/api-client';
import { useDocumentTitle } from '../../lib/document-title';
import { describeFormError, isStaleVersion } from '../../lib/form-errors';
import { QueryPage } from '../query-page';

/** `/reviews/returns/:id`: an owner's return for one action: a form for the owner, the board's check, or a frozen record. */
export function ReviewReturnPage() {
  const { id = '' } = useParams();
  const ret = useReturn(id);
  return <QueryPage query={ret}>{(data) => <ReturnView ret={data} refetch={ret.refetch} />}</QueryPage>;
}

const DONE: Record<ReturnChange['kind'], string> = {
  save: 'Your draft has been saved',
  submit: 'Your return has been submitted to the board',
  'send-back': 'The return has been sent back to its owner',
  accept: 'The return has been accepted',
};

function ReturnView({ ret, refetch }: { ret: ReviewReturn; refetch: () => Promise<unknown> }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusHeadingIfLost(heading);
  const cycle = useCycle(ret.cycle.id);
  const change = useChangeReturn();
  const [commentMissing, setCommentMissing] = useState(0);
  // A new form, with what is saved, after a save or a reload.
  const [formValues, setFormValues] = useState<{ values: ReturnFormValues; version: number }>(() => ({ values: returnToValues(ret), version: ret.version }));
  if (formValues.version !== ret.version && !change.isPending) setFormValues({ values: returnToValues(ret), version: ret.version });

  const kind = change.variables?.kind;
  const stale = change.isError && isStaleVersion(change.error);
  const frozen = ret.cycle.status === 'signed_off' || (change.error instanceof ApiError && change.error.code === ErrorCode.CycleSignedOff);
  const fieldIds = kind === 'send-back' ? { comment: 'comment' } : returnFieldIds(formValues.values, ret.measures.map((m) => m.measureId));
  const errors = commentMissing
    ? { summary: [{ text: 'Enter a comment for the owner', fieldId: 'comment' }], fields: { comment: 'Enter a comment for the owner' } as Record<string, string> }
    : change.isError && !stale
      ? frozen
        ? { summary: [{ text: 'The cycle has been signed off, so this return can no longer change' }], fields: {} as Record<string, string> }
        : describeFormError<string>(change.error, fieldIds)
      : undefined;
  const title = `Review return for ${ret.action.reference}`;
  useDocumentTitle(errors ? `Error: ${title}` : title);

  const { reload, reloading } = useReloadLatest({ refetch, onReloaded: () => change.reset(), focusId: 'actionStatus' });

  const save = (values: ReturnFormValues, intent: 'save' | 'submit') => {
    setCommentMissing(0);
    setFormValues({ values, version: ret.version });
    change.mutate({ kind: intent, id: ret.id, request: valuesToSaveRequest(values, ret) }, { onError: (error) => void refetchIfFrozen(error, refetch) });
  };
  const sendBack = (comment: string) => {
    if (comment === '') {
      setCommentMissing((count) => count + 1);
      return;
    }
    setCommentMissing(0);
    change.mutate({ kind: 'send-back', id: ret.id, request: { comment, version: ret.version } });
  };
  const accept = () => {
    setCommentMissing(0);
    change.mutate({ kind: 'accept', id: ret.id, request: { version: ret.version } });
  };

  const editable = ret.can.edit && !frozen;
  const boardMay = (ret.can.sendBack || ret.can.accept) && !frozen;
  const signedOffAt = cycle.data?.signedOffAt;

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link to={`/reviews/${ret.cycle.id}`} className="govuk-back-link">
          Back to {ret.cycle.name}
        </Link>
        {change.isSuccess && kind && <SuccessBanner key={change.submittedAt} heading={DONE[kind]} />}
        {errors && <ErrorSummary key={`${change.submittedAt}-${commentMissing}`} items={errors.summary} />}
        {stale && <StaleVersionNotice what="return" onReload={() => void reload()} reloading={reloading} />}
        {ret.status === 'sent_back' && ret.boardComment && !frozen && <BoardComment comment={ret.boardComment} />}
        <span className="govuk-caption-l">{ret.cycle.name}</span>
        <h1 className="govuk-heading-l" ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {frozen && (
          <div className="govuk-inset-text">
            This cycle was signed off{signedOffAt ? ` on ${formatDate(signedOffAt)}` : ''} and can no longer change.
          </div>
        )}
        <dl className="govuk-summary-list">
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Action</dt>
            <dd className="govuk-summary-list__value">
              <Link className="govuk-link" to={`/actions/${ret.action.id}`}>
                {ret.action.reference}: {ret.action.title}
              </Link>
            </dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Priority</dt>
            <dd className="govuk-summary-list__value">
              {ret.action.priority.number}. {ret.action.priority.title}
            </dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Owner</dt>
            <dd className="govuk-summary-list__value">{ret.owner.name}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Return status</dt>
            <dd className="govuk-summary-list__value">
              <ReturnStatusTag status={ret.status} />
            </dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Due</dt>
            <dd className="govuk-summary-list__value">{formatDate(ret.cycle.returnsDue)}</dd>
          </div>
        </dl>

        {editable && !stale ? (
          <>
            <h2 className="govuk-heading-m">Your return</h2>
            <ReturnForm
              key={formValues.version}
              initial={formValues.values}
              measures={ret.measures}
              errors={errors && kind !== 'send-back' ? errors : undefined}
              submitting={change.isPending}
              onSubmit={save}
            />
          </>
        ) : (
          <>
            <h2 className="govuk-heading-m">The return</h2>
            <ReturnDetails ret={ret} />
          </>
        )}
        <EvidenceSection path={`/reviews/returns/${ret.id}/attachments`} caption={`Evidence on this return for ${ret.action.reference}`} mayAdd={ret.can.edit && !frozen} />
        {ret.status === 'sent_back' && ret.boardComment && frozen && (
          <p className="govuk-body">
            <strong>Board’s comment:</strong> {ret.boardComment}
          </p>
        )}
        {boardMay && !stale && (
          <BoardDecision
            key={ret.version}
            canSendBack={ret.can.sendBack}
            canAccept={ret.can.accept}
            commentError={errors?.fields.comment}
            submitting={change.isPending}
            onSendBack={sendBack}
            onAccept={accept}
          />
        )}
      </div>
    </div>
  );
}

/** A refusal because the cycle was signed off meanwhile: fetch the frozen return, so the form goes. */
async function refetchIfFrozen(error: unknown, refetch: () => Promise<unknown>) {
  if (error instanceof ApiError && error.code === ErrorCode.CycleSignedOff) await refetch();
}

function BoardComment({ comment }: { comment: string }) {
  return (
    <div className="govuk-notification-banner" role="region" aria-labelledby="board-comment-title">
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="board-comment-title">
          Important
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">The board sent this return back</p>
        <p className="govuk-body app-review-text">{comment}</p>
      </div>
    </div>
  );
}

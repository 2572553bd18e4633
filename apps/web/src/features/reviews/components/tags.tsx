import { RETURN_STATUS_LABELS, REVIEW_CYCLE_STATUS_LABELS, type ReturnStatus, type ReviewCycleStatus } from '@steerline/contracts';

const CYCLE_TAG: Record<ReviewCycleStatus, string> = {
  draft: 'govuk-tag govuk-tag--grey',
  open: 'govuk-tag',
  board_review: 'govuk-tag govuk-tag--yellow',
  signed_off: 'govuk-tag govuk-tag--green',
};

const RETURN_TAG: Record<ReturnStatus, string> = {
  not_started: 'govuk-tag govuk-tag--grey',
  draft: 'govuk-tag govuk-tag--grey',
  submitted: 'govuk-tag',
  sent_back: 'govuk-tag govuk-tag--red',
  accepted: 'govuk-tag govuk-tag--green',
};

/** A review cycle's state as a GOV.UK tag, in words. */
export function CycleStatusTag({ status }: { status: ReviewCycleStatus }) {
  return <strong className={CYCLE_TAG[status]}>{REVIEW_CYCLE_STATUS_LABELS[status]}</strong>;
}

/** A return's state as a GOV.UK tag, in words; `prefix` adds visually hidden context. */
export function ReturnStatusTag({ status, prefix }: { status: ReturnStatus; prefix?: string }) {
  return (
    <strong className={RETURN_TAG[status]}>
      {prefix && <span className="govuk-visually-hidden">{prefix} </span>}
      {RETURN_STATUS_LABELS[status]}
    </strong>
  );
}

import type { EscalationStatus, EscalationUrgency } from '@steerline/contracts';

export const URGENCY_LABELS: Record<EscalationUrgency, string> = { routine: 'Routine', high: 'High', urgent: 'Urgent' };

export const URGENCY_HINTS: Record<EscalationUrgency, string> = {
  routine: 'The board can decide at its next meeting',
  high: 'A decision is needed soon to keep the action on track',
  urgent: 'The action will fail without a decision straight away',
};

export const STATUS_LABELS: Record<EscalationStatus, string> = {
  open: 'Open',
  under_review: 'Under review',
  agreed: 'Agreed',
  declined: 'Declined',
  resolved: 'Resolved',
};

const URGENCY_CLASSES: Record<EscalationUrgency, string> = { routine: 'govuk-tag govuk-tag--grey', high: 'govuk-tag govuk-tag--orange', urgent: 'govuk-tag govuk-tag--red' };

const STATUS_CLASSES: Record<EscalationStatus, string> = {
  open: 'govuk-tag',
  under_review: 'govuk-tag govuk-tag--yellow',
  agreed: 'govuk-tag govuk-tag--green',
  declined: 'govuk-tag govuk-tag--red',
  resolved: 'govuk-tag govuk-tag--grey',
};

/** Urgency as a GOV.UK tag with its word. */
export function UrgencyTag({ urgency, prefix }: { urgency: EscalationUrgency; prefix?: string }) {
  return (
    <strong className={URGENCY_CLASSES[urgency]}>
      {prefix && <span className="govuk-visually-hidden">{prefix} </span>}
      {URGENCY_LABELS[urgency]}
    </strong>
  );
}

/** An escalation's status as a GOV.UK tag with its word. */
export function EscalationStatusTag({ status, prefix }: { status: EscalationStatus; prefix?: string }) {
  return (
    <strong className={STATUS_CLASSES[status]}>
      {prefix && <span className="govuk-visually-hidden">{prefix} </span>}
      {STATUS_LABELS[status]}
    </strong>
  );
}

export const formatDays = (days: number) => (days === 1 ? '1 day' : `${days} days`);

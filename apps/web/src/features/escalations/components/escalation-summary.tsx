import type { Escalation } from '@steerline/contracts';
import '../escalations.css';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatDateUtc } from '../../../lib/format-date';
import { EscalationStatusTag, formatDays, UrgencyTag } from '../labels';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value">{children}</dd>
    </div>
  );
}

const text = (value: string) => <span className="app-escalation-text">{value}</span>;

/** Everything recorded about an escalation: what was asked, by whom, and what the board decided. */
export function EscalationSummary({ escalation }: { escalation: Escalation }) {
  const { decision } = escalation;
  return (
    <>
      <dl className="govuk-summary-list">
        <Row label="Action">
          <Link className="govuk-link" to={`/actions/${escalation.action.id}`}>
            {escalation.action.reference}: {escalation.action.title}
          </Link>
        </Row>
        <Row label="Status">
          <EscalationStatusTag status={escalation.status} />
        </Row>
        <Row label="Urgency">
          <UrgencyTag urgency={escalation.urgency} />
        </Row>
        <Row label="What is wrong">{text(escalation.problem)}</Row>
        <Row label="Impact">{text(escalation.impact)}</Row>
        <Row label="Decision asked for">{text(escalation.decisionSought)}</Row>
        <Row label="Decision needed by">
          {formatDateUtc(escalation.neededBy)}
          {escalation.overdue && (
            <>
              {' '}
              <strong className="govuk-tag govuk-tag--red">Past needed-by date</strong>
            </>
          )}
        </Row>
        <Row label="Raised by">
          {escalation.raisedBy.name} on {formatDateUtc(escalation.raisedAt)} ({formatDays(escalation.ageDays)} ago)
        </Row>
        {escalation.reviewer && (
          <Row label="Under review by">
            {escalation.reviewer.name}
            {escalation.reviewStartedAt && ` since ${formatDateUtc(escalation.reviewStartedAt)}`}
          </Row>
        )}
      </dl>
      {decision && (
        <>
          <h2 className="govuk-heading-m">Decision</h2>
          <dl className="govuk-summary-list">
            <Row label="Outcome">
              <EscalationStatusTag status={decision.outcome} />
            </Row>
            <Row label="Decision">{text(decision.text)}</Row>
            <Row label="Conditions">{decision.conditions ? text(decision.conditions) : 'None'}</Row>
            <Row label="Decided by">
              {decision.decidedBy.name} on {formatDateUtc(decision.decidedAt)}
              {decision.meeting && ` at ${decision.meeting.title}`}
            </Row>
            <Row label="Follow-up">
              {decision.followUp
                ? `${decision.followUp.owner.name} by ${formatDateUtc(decision.followUp.dueDate)}${decision.followUp.milestoneId ? ' (a milestone on the action)' : ''}`
                : 'None'}
            </Row>
          </dl>
        </>
      )}
      {escalation.resolvedAt && (
        <>
          <h2 className="govuk-heading-m">Resolution</h2>
          <dl className="govuk-summary-list">
            <Row label="Outcome">{escalation.outcome ? text(escalation.outcome) : 'Not recorded'}</Row>
            <Row label="Resolved by">
              {escalation.resolvedBy?.name ?? 'Unknown'} on {formatDateUtc(escalation.resolvedAt)}
            </Row>
          </dl>
        </>
      )}
    </>
  );
}

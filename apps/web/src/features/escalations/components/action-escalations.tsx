import { Permission } from '@steerline/contracts';
import { Link } from 'react-router';
import { useActionEscalations } from '../api/get-action-escalations';
import { useCan } from '../api/get-permissions';
import '../escalations.css';
import { formatDateUtc } from '../../../lib/format-date';
import { EscalationStatusTag, UrgencyTag } from '../labels';

/** The action page's escalations: each with its status and the board's decision, and a way to raise another. */
export function ActionEscalations({ actionId }: { actionId: string }) {
  const escalations = useActionEscalations(actionId);
  const mayRaise = useCan(Permission.EscalationRaise);
  return (
    <>
      <h2 className="govuk-heading-m">Escalations</h2>
      {escalations.isError ? (
        <p className="govuk-body">Sorry, the escalations could not be loaded. Try again later.</p>
      ) : !escalations.data ? (
        <p className="govuk-body">Loading the escalations.</p>
      ) : escalations.data.length === 0 ? (
        <p className="govuk-body">No escalations have been raised on this action.</p>
      ) : (
        <ul className="govuk-list">
          {escalations.data.map((escalation) => (
            <li key={escalation.id} className="govuk-!-margin-bottom-6">
              <h3 className="govuk-heading-s govuk-!-margin-bottom-2">
                <Link className="govuk-link" to={`/escalations/${escalation.id}`}>
                  <span className="app-escalation-text">{escalation.decisionSought}</span>
                </Link>
              </h3>
              <p className="govuk-body govuk-!-margin-bottom-2">
                <EscalationStatusTag status={escalation.status} prefix="Status:" /> <UrgencyTag urgency={escalation.urgency} prefix="Urgency:" /> Raised by{' '}
                {escalation.raisedBy.name} on {formatDateUtc(escalation.raisedAt)}
              </p>
              {escalation.decision && (
                <p className="govuk-body app-escalation-text">
                  Decision: {escalation.decision.text}
                  {escalation.decision.conditions && `\nConditions: ${escalation.decision.conditions}`}
                  {escalation.decision.followUp && `\nFollow-up: ${escalation.decision.followUp.owner.name} by ${formatDateUtc(escalation.decision.followUp.dueDate)}`}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      {mayRaise && (
        <Link className="govuk-button govuk-button--secondary" to={`/actions/${actionId}/escalations/new`}>
          Raise an escalation
        </Link>
      )}
    </>
  );
}

import type { DecisionLogEntry } from '@steerline/contracts';
import { Link } from 'react-router';
import { TableRegion } from '../../../components/table-region';
import '../escalations.css';
import { formatDateUtc } from '../../../lib/format-date';
import { EscalationStatusTag } from '../labels';

/** Every decision the board recorded, newest first as the API gives them. */
export function DecisionLogTable({ decisions }: { decisions: DecisionLogEntry[] }) {
  if (decisions.length === 0) return <p className="govuk-body">There are no decisions to show.</p>;
  return (
    <TableRegion label="Decisions">
      <table className="govuk-table app-decision-log">
        <caption className="govuk-table__caption govuk-table__caption--m">Decisions</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">Date</th>
            <th scope="col" className="govuk-table__header">Action</th>
            <th scope="col" className="govuk-table__header">Escalation</th>
            <th scope="col" className="govuk-table__header">Outcome</th>
            <th scope="col" className="govuk-table__header">Decision</th>
            <th scope="col" className="govuk-table__header">Decided by</th>
            <th scope="col" className="govuk-table__header">Meeting</th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {decisions.map((decision) => (
            <tr className="govuk-table__row" key={decision.escalationId}>
              <td className="govuk-table__cell">{formatDateUtc(decision.decidedAt)}</td>
              <th scope="row" className="govuk-table__header">
                <Link className="govuk-link" to={`/actions/${decision.action.id}`}>
                  {decision.action.reference}: {decision.action.title}
                </Link>
              </th>
              <td className="govuk-table__cell">
                <Link className="govuk-link" to={`/escalations/${decision.escalationId}`}>
                  Escalation<span className="govuk-visually-hidden"> on {decision.action.reference}</span>
                </Link>
              </td>
              <td className="govuk-table__cell">
                <EscalationStatusTag status={decision.outcome} />
              </td>
              <td className="govuk-table__cell app-escalation-text">
                {decision.decisionText}
                {decision.conditions && (
                  <span className="govuk-!-display-block govuk-!-margin-top-1">
                    <strong>Conditions:</strong> {decision.conditions}
                  </span>
                )}
              </td>
              <td className="govuk-table__cell">{decision.decidedBy.name}</td>
              <td className="govuk-table__cell">
                {decision.meeting ? (
                  <Link className="govuk-link" to={`/board-meetings/${decision.meeting.id}`}>
                    {decision.meeting.title}, {formatDateUtc(decision.meeting.meetingDate)}
                  </Link>
                ) : (
                  'Not at a meeting'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}

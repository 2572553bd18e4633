import type { Escalation } from '@steerline/contracts';
import { Link } from 'react-router';
import { TableRegion } from '../../../components/table-region';
import '../escalations.css';
import { formatDateUtc } from '../../../lib/format-date';
import { EscalationStatusTag, formatDays, UrgencyTag } from '../labels';

/** The board's queue, in the order the API gives it (most urgent first). */
export function QueueTable({ escalations }: { escalations: Escalation[] }) {
  if (escalations.length === 0) return <p className="govuk-body">There are no escalations waiting for the board.</p>;
  return (
    <TableRegion label="Escalations waiting for the board">
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">Escalations waiting for the board</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">Escalation</th>
            <th scope="col" className="govuk-table__header">Urgency</th>
            <th scope="col" className="govuk-table__header">Age</th>
            <th scope="col" className="govuk-table__header">Needed by</th>
            <th scope="col" className="govuk-table__header">Status</th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {escalations.map((escalation) => (
            <tr className="govuk-table__row" key={escalation.id}>
              <th scope="row" className="govuk-table__header">
                <Link className="govuk-link" to={`/escalations/${escalation.id}`}>
                  {escalation.action.reference}: {escalation.action.title}
                </Link>
                <span className="govuk-body-s govuk-!-display-block govuk-!-font-weight-regular govuk-!-margin-bottom-0 app-escalation-text">{escalation.decisionSought}</span>
              </th>
              <td className="govuk-table__cell">
                <UrgencyTag urgency={escalation.urgency} />
              </td>
              <td className="govuk-table__cell">{formatDays(escalation.ageDays)}</td>
              <td className="govuk-table__cell">
                {formatDateUtc(escalation.neededBy)}
                {escalation.overdue && (
                  <>
                    <br />
                    <strong className="govuk-tag govuk-tag--red">Past needed-by date</strong>
                  </>
                )}
              </td>
              <td className="govuk-table__cell">
                <EscalationStatusTag status={escalation.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}

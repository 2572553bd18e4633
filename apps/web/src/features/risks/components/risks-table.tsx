import type { RiskSummary } from '@steerline/contracts';
import { Link } from 'react-router';
import { TableRegion } from '../../../components/table-region';
import { formatDate } from '../../../lib/format-date';
import { RiskStatusTag, scoreText } from './risk-labels';

/** The register as a table: score and status in words, an overdue review said in words too. */
export function RisksTable({ risks, caption }: { risks: RiskSummary[]; caption: string }) {
  return (
    <TableRegion label={caption}>
      <table className="govuk-table" data-testid="risks-table">
        <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">Risk</th>
            <th scope="col" className="govuk-table__header">Owner</th>
            <th scope="col" className="govuk-table__header">Score</th>
            <th scope="col" className="govuk-table__header">Target</th>
            <th scope="col" className="govuk-table__header">Status</th>
            <th scope="col" className="govuk-table__header">Review date</th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {risks.map((risk) => (
            <tr className="govuk-table__row" key={risk.id}>
              <td className="govuk-table__cell">
                <Link className="govuk-link" to={`/risks/${risk.id}`}>
                  {risk.reference}: {risk.title}
                </Link>
              </td>
              <td className="govuk-table__cell">{risk.owner.name}</td>
              <td className="govuk-table__cell">
                {scoreText(risk.score)}
                <span className="govuk-hint govuk-!-margin-0 govuk-!-font-size-16">
                  likelihood {risk.likelihood} × impact {risk.impact}
                </span>
              </td>
              <td className="govuk-table__cell">{risk.targetScore}</td>
              <td className="govuk-table__cell">
                <RiskStatusTag status={risk.status} />
              </td>
              <td className="govuk-table__cell">
                {formatDate(risk.reviewDate)}
                {risk.reviewOverdue && (
                  <>
                    {' '}
                    <strong className="govuk-tag govuk-tag--red">Review overdue</strong>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}

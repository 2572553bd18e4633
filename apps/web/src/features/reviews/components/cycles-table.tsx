import type { ReviewCycleSummary } from '@steerline/contracts';
import { Link } from 'react-router';
import { TableRegion } from '../../../components/table-region';
import { formatPeriod } from '../format';
import { formatDate } from '../../../lib/format-date';
import { returnsProgress } from '../tracker-params';
import { CycleStatusTag } from './tags';

/** Every review cycle, newest first as the API lists them. */
export function CyclesTable({ cycles }: { cycles: ReviewCycleSummary[] }) {
  if (cycles.length === 0) return <p className="govuk-body">There are no review cycles yet.</p>;
  return (
    <TableRegion label="Review cycles">
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">Review cycles</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Cycle
            </th>
            <th scope="col" className="govuk-table__header">
              Status
            </th>
            <th scope="col" className="govuk-table__header">
              Period
            </th>
            <th scope="col" className="govuk-table__header">
              Returns due
            </th>
            <th scope="col" className="govuk-table__header">
              Returns
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {cycles.map((cycle) => (
            <tr className="govuk-table__row" key={cycle.id}>
              <th scope="row" className="govuk-table__header">
                <Link className="govuk-link" to={`/reviews/${cycle.id}`}>
                  {cycle.name}
                </Link>
              </th>
              <td className="govuk-table__cell">
                <CycleStatusTag status={cycle.status} />
              </td>
              <td className="govuk-table__cell">{formatPeriod(cycle.periodStart, cycle.periodEnd)}</td>
              <td className="govuk-table__cell">{formatDate(cycle.returnsDue)}</td>
              <td className="govuk-table__cell">{returnsProgress(cycle.returnCounts, cycle.totalReturns)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}

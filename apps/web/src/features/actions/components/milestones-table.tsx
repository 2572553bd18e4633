import type { Milestone } from '@steerline/contracts';
import { TableRegion } from '../../../components/table-region';
import { todayIso } from '../format';
import { formatDate } from '../../../lib/format-date';

export function MilestonesTable({ milestones, today = todayIso() }: { milestones: Milestone[]; today?: string }) {
  if (milestones.length === 0) return <p className="govuk-body">This action has no milestones.</p>;
  return (
    <TableRegion label="Milestones">
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-visually-hidden">Milestones</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Milestone
            </th>
            <th scope="col" className="govuk-table__header">
              Due
            </th>
            <th scope="col" className="govuk-table__header">
              Done
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {milestones.map((milestone) => {
            const overdue = !milestone.doneDate && milestone.dueDate < today;
            return (
              <tr key={milestone.id} className="govuk-table__row">
                <th scope="row" className="govuk-table__header app-table__row-header">
                  {milestone.title}
                </th>
                <td className="govuk-table__cell">{formatDate(milestone.dueDate)}</td>
                <td className="govuk-table__cell">
                  {milestone.doneDate ? (
                    formatDate(milestone.doneDate)
                  ) : (
                    <>
                      Not done
                      {overdue && (
                        <>
                          {' '}
                          <strong className="govuk-tag govuk-tag--red">Overdue</strong>
                        </>
                      )}
                    </>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableRegion>
  );
}

import type { Priority } from '@steerline/contracts';
import { Link } from 'react-router';
import { TableRegion } from '../../../components/table-region';
import { InUseTag } from './retire-section';

export function PrioritiesTable({ priorities }: { priorities: Priority[] }) {
  if (priorities.length === 0) return <p className="govuk-body">No priorities have been added yet.</p>;
  return (
    <TableRegion label="Priorities">
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">Priorities</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Number
            </th>
            <th scope="col" className="govuk-table__header">
              Title
            </th>
            <th scope="col" className="govuk-table__header">
              Status
            </th>
            <th scope="col" className="govuk-table__header">
              <span className="govuk-visually-hidden">Change</span>
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {priorities.map((priority) => (
            <tr className="govuk-table__row" key={priority.id}>
              <td className="govuk-table__cell govuk-table__cell--numeric">{priority.number}</td>
              <th scope="row" className="govuk-table__header">
                {priority.title}
              </th>
              <td className="govuk-table__cell">
                <InUseTag retired={priority.retired} />
              </td>
              <td className="govuk-table__cell">
                <Link className="govuk-link" to={`/admin/priorities/${priority.id}`}>
                  Change<span className="govuk-visually-hidden"> priority {priority.number}</span>
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}

import { BODY_KIND_LABELS, type BodySummary } from '@steerline/contracts';
import { Link } from 'react-router';
import { TableRegion } from '../../../components/table-region';
import { InUseTag } from './retire-section';

export function BodiesTable({ bodies }: { bodies: BodySummary[] }) {
  if (bodies.length === 0) return <p className="govuk-body">No governance bodies have been added yet.</p>;
  return (
    <TableRegion label="Governance bodies">
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">Governance bodies</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Name
            </th>
            <th scope="col" className="govuk-table__header">
              Kind
            </th>
            <th scope="col" className="govuk-table__header">
              Reports to
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Active members
            </th>
            <th scope="col" className="govuk-table__header">
              Status
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {bodies.map((body) => (
            <tr className="govuk-table__row" key={body.id}>
              <th scope="row" className="govuk-table__header">
                <Link className="govuk-link" to={`/admin/bodies/${body.id}`}>
                  {body.name}
                </Link>
              </th>
              <td className="govuk-table__cell">{BODY_KIND_LABELS[body.kind]}</td>
              <td className="govuk-table__cell">{body.reportsTo?.name ?? 'No other body'}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{body.memberCount}</td>
              <td className="govuk-table__cell">
                <InUseTag retired={body.retired} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}

import type { PartnerSummary } from '@steerline/contracts';
import { Link } from 'react-router';
import { TableRegion } from '../../../components/table-region';

export function PartnersTable({ partners }: { partners: PartnerSummary[] }) {
  if (partners.length === 0) return <p className="govuk-body">No partners have been added yet.</p>;
  return (
    <TableRegion label="Partners">
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">Partner organisations</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Name
            </th>
            <th scope="col" className="govuk-table__header">
              Description
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Live actions
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {partners.map((partner) => (
            <tr className="govuk-table__row" key={partner.id}>
              <th scope="row" className="govuk-table__header">
                <Link className="govuk-link" to={`/partners/${partner.id}`}>
                  {partner.name}
                </Link>
              </th>
              <td className="govuk-table__cell">{partner.description}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{partner.liveActionCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}

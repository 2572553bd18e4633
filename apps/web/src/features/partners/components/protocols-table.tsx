import type { PartnerProtocol } from '@steerline/contracts';
import { TableRegion } from '../../../components/table-region';
import { formatDate } from '../../../lib/format-date';

export function ProtocolsTable({ protocols }: { protocols: PartnerProtocol[] }) {
  if (protocols.length === 0) return <p className="govuk-body">No shared protocols have been signed yet.</p>;
  return (
    <TableRegion label="Shared protocols signed">
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-visually-hidden">Shared protocols signed</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Protocol
            </th>
            <th scope="col" className="govuk-table__header">
              Version
            </th>
            <th scope="col" className="govuk-table__header">
              Date signed
            </th>
            <th scope="col" className="govuk-table__header">
              Signed by
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {protocols.map((protocol) => (
            <tr className="govuk-table__row" key={protocol.id}>
              <th scope="row" className="govuk-table__header">
                {protocol.protocolName}
              </th>
              <td className="govuk-table__cell">{protocol.protocolVersion}</td>
              <td className="govuk-table__cell">
                <time dateTime={protocol.signedOn}>{formatDate(protocol.signedOn)}</time>
              </td>
              <td className="govuk-table__cell">{protocol.signedBy}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}

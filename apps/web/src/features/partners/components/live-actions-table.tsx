import type { LiveActionRef } from '@steerline/contracts';
import { Link } from 'react-router';
import { RagTag, StatusTag } from '../../../components/rag-tag';
import { TableRegion } from '../../../components/table-region';

export function LiveActionsTable({ actions, caption }: { actions: LiveActionRef[]; caption: string }) {
  if (actions.length === 0) return <p className="govuk-body">This partner is not working on any live action.</p>;
  return (
    <TableRegion label={caption}>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-visually-hidden">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Action
            </th>
            <th scope="col" className="govuk-table__header">
              RAG rating
            </th>
            <th scope="col" className="govuk-table__header">
              Status
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {actions.map((action) => (
            <tr className="govuk-table__row" key={action.id}>
              <th scope="row" className="govuk-table__header">
                <Link className="govuk-link" to={`/actions/${action.id}`}>
                  {action.reference} {action.title}
                </Link>
              </th>
              <td className="govuk-table__cell">
                <RagTag rag={action.rag} />
              </td>
              <td className="govuk-table__cell">
                <StatusTag status={action.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}

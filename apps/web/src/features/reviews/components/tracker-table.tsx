import type { ReviewReturnRow } from '@steerline/contracts';
import { Link } from 'react-router';
import { RagTag } from '../../../components/rag-tag';
import { TableRegion } from '../../../components/table-region';
import { formatDate } from '../../../lib/format-date';
import { ReturnStatusTag } from './tags';

/** The cycle's returns: which are missing, submitted, sent back or accepted. */
export function TrackerTable({ rows, caption }: { rows: ReviewReturnRow[]; caption: string }) {
  if (rows.length === 0) return <p className="govuk-body">No returns match these filters.</p>;
  return (
    <TableRegion label={caption}>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Action
            </th>
            <th scope="col" className="govuk-table__header">
              Owner
            </th>
            <th scope="col" className="govuk-table__header">
              Body
            </th>
            <th scope="col" className="govuk-table__header">
              Return
            </th>
            <th scope="col" className="govuk-table__header">
              RAG
            </th>
            <th scope="col" className="govuk-table__header">
              Submitted
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {rows.map((row) => (
            <tr className="govuk-table__row" key={row.id}>
              <th scope="row" className="govuk-table__header">
                <Link className="govuk-link" to={`/reviews/returns/${row.id}`}>
                  {row.action.reference}
                  <span className="govuk-visually-hidden"> return</span>
                </Link>
                <span className="govuk-body-s govuk-!-display-block govuk-!-font-weight-regular govuk-!-margin-bottom-0">{row.action.title}</span>
              </th>
              <td className="govuk-table__cell">{row.owner.name}</td>
              <td className="govuk-table__cell">{row.owningBody.name}</td>
              <td className="govuk-table__cell">
                <ReturnStatusTag status={row.status} />
                {row.amendmentCount > 0 && (
                  <span className="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-0">
                    {row.amendmentCount === 1 ? '1 amendment' : `${row.amendmentCount} amendments`}
                  </span>
                )}
              </td>
              <td className="govuk-table__cell">{row.rag ? <RagTag rag={row.rag} /> : 'Not given'}</td>
              <td className="govuk-table__cell">{row.submittedAt ? formatDate(row.submittedAt) : 'Not submitted'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}

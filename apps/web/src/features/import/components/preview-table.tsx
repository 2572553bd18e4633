import type { ImportPreviewRow } from '@steerline/contracts';
import { RagTag, StatusTag } from '../../../components/rag-tag';

/** The first rows of a valid file as they will be created. */
export function PreviewTable({ rows, caption }: { rows: ImportPreviewRow[]; caption: string }) {
  return (
    <div className="app-import-table" role="region" aria-label="Actions to import" tabIndex={0}>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {['Row', 'Reference', 'Title', 'Priority', 'Lead owner', 'Owning body', 'Start date', 'Due date', 'Status', 'RAG'].map((header) => (
              <th scope="col" className="govuk-table__header" key={header}>
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {rows.map((row) => (
            <tr className="govuk-table__row" key={row.row}>
              <td className="govuk-table__cell">{row.row}</td>
              <td className="govuk-table__cell">{row.reference ?? <span className="govuk-hint govuk-!-margin-0">Next free</span>}</td>
              <th scope="row" className="govuk-table__header">{row.title}</th>
              <td className="govuk-table__cell">{row.priority}</td>
              <td className="govuk-table__cell">{row.owner.name}</td>
              <td className="govuk-table__cell">{row.owningBody}</td>
              <td className="govuk-table__cell">{row.startDate ?? 'Not set'}</td>
              <td className="govuk-table__cell">{row.dueDate ?? 'Not set'}</td>
              <td className="govuk-table__cell"><StatusTag status={row.status} /></td>
              <td className="govuk-table__cell"><RagTag rag={row.rag} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

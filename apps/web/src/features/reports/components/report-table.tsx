import type { ReactNode } from 'react';
import { TableRegion } from '../../../components/table-region';

export interface Column<T> {
  header: string;
  numeric?: boolean;
  cell: (row: T) => ReactNode;
}

/**
 * One table of the report: a caption, column headers with scope, the first column as the row header. Scrolls inside
 * itself on a narrow screen.
 */
export function ReportTable<T>({ caption, columns, rows, rowKey, empty }: { caption: string; columns: Column<T>[]; rows: T[]; rowKey: (row: T, index: number) => string; empty: string }) {
  if (rows.length === 0) return <p className="govuk-body">{empty}</p>;
  const [first, ...rest] = columns;
  return (
    <TableRegion label={caption}>
      <table className="govuk-table app-report-table">
        <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {columns.map((column) => (
              <th key={column.header} scope="col" className={column.numeric ? 'govuk-table__header govuk-table__header--numeric' : 'govuk-table__header'}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {rows.map((row, index) => (
            <tr className="govuk-table__row" key={rowKey(row, index)}>
              <th scope="row" className="govuk-table__header app-report-row-header">
                {first.cell(row)}
              </th>
              {rest.map((column) => (
                <td key={column.header} className={column.numeric ? 'govuk-table__cell govuk-table__cell--numeric' : 'govuk-table__cell'}>
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}

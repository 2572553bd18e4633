import { IMPORT_COLUMNS } from '@steerline/contracts';

export const COLUMN_GUIDE_ID = 'columns';

/** How to fill in each column of the template: the same words as the template's Guidance sheet. */
export function ColumnGuide() {
  return (
    <>
      <h2 className="govuk-heading-m" id={COLUMN_GUIDE_ID}>
        How to fill in each column
      </h2>
      <p className="govuk-body">
        Put one action on each row under the header row. Columns can be in any order. Names (of bodies, partners and segments) must be
        written as Steerline has them; the workbook template's Guidance sheet lists them. Blank rows are skipped.
      </p>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--s">The template's columns</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">Column</th>
            <th scope="col" className="govuk-table__header">What to write</th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {IMPORT_COLUMNS.map((column) => (
            <tr className="govuk-table__row" key={column.key}>
              <th scope="row" className="govuk-table__header">
                {column.header}
                <br />
                <span className="govuk-body-s govuk-!-font-weight-regular">{column.required ? 'Required' : 'Optional'}</span>
              </th>
              <td className="govuk-table__cell">{column.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="govuk-body">
        Status and RAG go together: Grey is not started, Blue is complete, and Red, Amber or Green is in progress. Milestones, measures and
        progress updates are not imported; add them to each action afterwards.
      </p>
    </>
  );
}

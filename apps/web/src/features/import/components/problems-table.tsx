import type { ImportProblem } from '@steerline/contracts';

/** Every problem of the file, in row order, so the user can work through the spreadsheet. */
export function ProblemsTable({ problems, fileName }: { problems: ImportProblem[]; fileName: string }) {
  return (
    <div className="app-import-table" role="region" aria-label="Problems in the file" tabIndex={0}>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">
          {problems.length === 1 ? '1 problem' : `${problems.length.toLocaleString('en-GB')} problems`} in {fileName}
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">Row</th>
            <th scope="col" className="govuk-table__header">Column</th>
            <th scope="col" className="govuk-table__header">Problem</th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {problems.map((problem, index) => (
            <tr className="govuk-table__row" key={`${problem.row}-${problem.column}-${index}`}>
              <th scope="row" className="govuk-table__header">{problem.row}</th>
              <td className="govuk-table__cell">{problem.column}</td>
              <td className="govuk-table__cell">{problem.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

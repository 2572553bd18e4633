import type { Measure } from '@steerline/contracts';
import { TableRegion } from '../../../components/table-region';
import { formatNumber } from '../format';

export function MeasuresTable({ measures }: { measures: Measure[] }) {
  if (measures.length === 0) return <p className="govuk-body">This action has no measures.</p>;
  return (
    <TableRegion label="Measures">
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-visually-hidden">Measures</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Measure
            </th>
            <th scope="col" className="govuk-table__header">
              Unit
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Baseline
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Target
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Latest value
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {measures.map((measure) => (
            <tr key={measure.id} className="govuk-table__row">
              <th scope="row" className="govuk-table__header app-table__row-header">
                {measure.name}
              </th>
              <td className="govuk-table__cell">{measure.unit || 'None'}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{formatNumber(measure.baseline)}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{formatNumber(measure.target)}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{measure.latestValue === null ? 'None reported' : formatNumber(measure.latestValue)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}

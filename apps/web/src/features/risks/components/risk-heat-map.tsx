import { heatMapCounts, IMPACT_LABELS, LIKELIHOOD_LABELS, RISK_LEVEL_LABELS, RISK_RATINGS, riskLevel } from '@steerline/contracts';
import { TableRegion } from '../../../components/table-region';
import './risks.css';

/** Likelihood 5 at the top, as risk registers draw it; impact 1 to 5 from left to right. */
const LIKELIHOODS_TOP_DOWN = [...RISK_RATINGS].reverse();

const cellLabel = (count: number) => (count === 1 ? '1 risk' : `${count} risks`);

/**
 * The 5 x 5 heat map of these risks, drawn as a coloured grid, and the same counts as a table. Both read one grid
 * (heatMapCounts), so they cannot disagree. The grid is for sighted readers at a glance and is hidden from assistive
 * technology; the table is its equivalent for everyone.
 */
export function RiskHeatMap({ risks, id = 'heat-map' }: { risks: readonly { likelihood: number; impact: number }[]; id?: string }) {
  const cells = heatMapCounts(risks);
  return (
    <section aria-labelledby={`${id}-heading`} className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id={`${id}-heading`}>
        Heat map
      </h2>
      <p className="govuk-body">
        How many of the {cellLabel(risks.length)} listed fall at each likelihood and impact. The table after the chart gives the same numbers.
      </p>
      <div className="app-heat-map" aria-hidden="true" data-testid="heat-map-chart">
        <div className="app-heat-map__axis app-heat-map__axis--y">Likelihood</div>
        <div className="app-heat-map__grid">
          {LIKELIHOODS_TOP_DOWN.map((likelihood) => (
            <div className="app-heat-map__row" key={likelihood}>
              <div className="app-heat-map__label">{likelihood}</div>
              {RISK_RATINGS.map((impact) => {
                const count = cells[likelihood - 1][impact - 1];
                return (
                  <div
                    key={impact}
                    className={`app-heat-map__cell app-heat-map__cell--${riskLevel(likelihood * impact)}`}
                    data-likelihood={likelihood}
                    data-impact={impact}
                    data-count={count}
                  >
                    {count > 0 ? count : ''}
                  </div>
                );
              })}
            </div>
          ))}
          <div className="app-heat-map__row">
            <div className="app-heat-map__label" />
            {RISK_RATINGS.map((impact) => (
              <div className="app-heat-map__label" key={impact}>
                {impact}
              </div>
            ))}
          </div>
        </div>
        <div className="app-heat-map__axis">Impact</div>
        <ul className="app-heat-map__key">
          {(['low', 'medium', 'high', 'very_high'] as const).map((level) => (
            <li key={level}>
              <span className={`app-heat-map__swatch app-heat-map__cell--${level}`} /> {RISK_LEVEL_LABELS[level]}
            </li>
          ))}
        </ul>
      </div>
      <TableRegion label="Heat map as a table">
      <table className="govuk-table" data-testid="heat-map-table">
        <caption className="govuk-table__caption govuk-table__caption--s">Number of risks by likelihood (rows) and impact (columns)</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Likelihood
            </th>
            {RISK_RATINGS.map((impact) => (
              <th scope="col" className="govuk-table__header govuk-table__header--numeric" key={impact}>
                Impact {impact}
                <span className="govuk-visually-hidden">, {IMPACT_LABELS[impact]}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {LIKELIHOODS_TOP_DOWN.map((likelihood) => (
            <tr className="govuk-table__row" key={likelihood}>
              <th scope="row" className="govuk-table__header">
                {likelihood} – {LIKELIHOOD_LABELS[likelihood]}
              </th>
              {RISK_RATINGS.map((impact) => (
                <td className="govuk-table__cell govuk-table__cell--numeric" key={impact} data-likelihood={likelihood} data-impact={impact}>
                  {cells[likelihood - 1][impact - 1]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      </TableRegion>
    </section>
  );
}

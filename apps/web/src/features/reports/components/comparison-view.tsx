import { ACTION_STATUS_LABELS, MOVEMENT_LABELS, RAGS, RAG_LABELS, type CycleComparison, type CycleComparisonRow } from '@steerline/contracts';
import { RagTag } from '../../../components/rag-tag';
import { TableRegion } from '../../../components/table-region';
import { ReportTable } from './report-table';

const movementLabel = (movement: CycleComparisonRow['movement']) => (movement === 'removed' ? 'Removed' : MOVEMENT_LABELS[movement]);

function Side({ side }: { side: CycleComparisonRow['from'] }) {
  if (!side) return <>Not in the cycle</>;
  return (
    <>
      <RagTag rag={side.rag} />
      <span className="govuk-!-display-block govuk-body-s govuk-!-margin-bottom-0">
        {ACTION_STATUS_LABELS[side.status]}, {side.percentComplete}% complete
      </span>
    </>
  );
}

/** What changed between two cycles: RAG counts side by side per priority, then each action's from and to. */
export function ComparisonView({ comparison }: { comparison: CycleComparison }) {
  const { from, to } = comparison;
  return (
    <>
      <h2 className="govuk-heading-m">RAG ratings by priority</h2>
      <TableRegion label="RAG ratings by priority in both cycles">
        <table className="govuk-table app-report-table">
          <caption className="govuk-table__caption govuk-table__caption--s">
            Number of actions with each RAG rating: earlier is {from.name}, later is {to.name}
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <td className="govuk-table__cell" />
              {RAGS.map((rag) => (
                <th key={rag} scope="colgroup" colSpan={2} className="govuk-table__header">
                  {RAG_LABELS[rag]}
                </th>
              ))}
            </tr>
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Priority
              </th>
              {RAGS.map((rag) => [
                <th key={`${rag}-from`} scope="col" className="govuk-table__header govuk-table__header--numeric">
                  Earlier
                </th>,
                <th key={`${rag}-to`} scope="col" className="govuk-table__header govuk-table__header--numeric">
                  Later
                </th>,
              ])}
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {comparison.summary.map((row) => (
              <tr className="govuk-table__row" key={row.priority?.number ?? 'total'}>
                <th scope="row" className="govuk-table__header app-report-row-header">
                  {row.priority ? `${row.priority.number}. ${row.priority.title}` : 'All priorities'}
                </th>
                {RAGS.map((rag) => [
                  <td key={`${rag}-from`} className="govuk-table__cell govuk-table__cell--numeric">
                    {row.from[rag]}
                  </td>,
                  <td key={`${rag}-to`} className="govuk-table__cell govuk-table__cell--numeric">
                    {row.to[rag]}
                  </td>,
                ])}
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>

      <h2 className="govuk-heading-m">Changes to each action</h2>
      <ReportTable
        caption={`Each action in ${from.name} and in ${to.name}`}
        columns={[
          { header: 'Action', cell: (row: CycleComparisonRow) => `${row.reference}: ${row.title}` },
          { header: from.name, cell: (row) => <Side side={row.from} /> },
          { header: to.name, cell: (row) => <Side side={row.to} /> },
          { header: 'Movement', cell: (row) => movementLabel(row.movement) },
        ]}
        rows={comparison.rows}
        rowKey={(row) => row.actionId}
        empty="Neither cycle has any actions."
      />
    </>
  );
}

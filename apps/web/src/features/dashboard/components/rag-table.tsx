import { RAG_LABELS, type PriorityRagCounts, type Rag, type RagCounts } from '@steerline/contracts';
import { Link } from 'react-router';
import { RAG_ORDER, totals } from '../rag-summary';

/** A count that links to the actions it counts; zero is just text. */
function CountCell({ count, search, description }: { count: number; search: string; description: string }) {
  return (
    <td className="govuk-table__cell govuk-table__cell--numeric">
      {count > 0 ? (
        <Link className="govuk-link" to={{ pathname: '/actions', search }}>
          {count}
          <span className="govuk-visually-hidden"> {description}</span>
        </Link>
      ) : (
        count
      )}
    </td>
  );
}

const actionsWord = (count: number) => (count === 1 ? 'action' : 'actions');

function Counts({ counts, filter, scope }: { counts: RagCounts; filter: string; scope: string }) {
  const join = (...parts: string[]) => `?${parts.filter(Boolean).join('&')}`;
  const cell = (rag: Rag) => (
    <CountCell
      key={rag}
      count={counts[rag]}
      search={join(filter, `rag=${rag}`)}
      description={`${actionsWord(counts[rag])} rated ${RAG_LABELS[rag]}, ${scope}`}
    />
  );
  return (
    <>
      {RAG_ORDER.map(cell)}
      <CountCell count={counts.total} search={filter ? `?${filter}` : ''} description={`${actionsWord(counts.total)} in all, ${scope}`} />
    </>
  );
}

/** The RAG counts per priority: the text equivalent of the chart. Each count links to the list of those actions. */
export function RagTable({ rows }: { rows: PriorityRagCounts[] }) {
  const all = totals(rows);
  return (
    <div className="app-table-container" role="region" aria-labelledby="rag-table-caption" tabIndex={0}>
      <table className="govuk-table govuk-table--small-text-until-tablet">
        <caption id="rag-table-caption" className="govuk-table__caption govuk-table__caption--s">
          Number of actions by priority and RAG rating (cancelled actions are not counted)
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Priority
            </th>
            {RAG_ORDER.map((rag) => (
              <th key={rag} scope="col" className="govuk-table__header govuk-table__header--numeric">
                {RAG_LABELS[rag]}
              </th>
            ))}
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Total
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {rows.map((row) => (
            <tr key={row.priority.id} className="govuk-table__row">
              <th scope="row" className="govuk-table__header">
                Priority {row.priority.number}
                <span className="govuk-body-s app-priority-title">{row.priority.title}</span>
              </th>
              <Counts counts={row} filter={`priority=${row.priority.number}`} scope={`priority ${row.priority.number}`} />
            </tr>
          ))}
          <tr className="govuk-table__row">
            <th scope="row" className="govuk-table__header">
              All priorities
            </th>
            <Counts counts={all} filter="" scope="all priorities" />
          </tr>
        </tbody>
      </table>
    </div>
  );
}

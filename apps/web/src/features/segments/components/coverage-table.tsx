import type { SegmentCoverage } from '@steerline/contracts';
import { Link } from 'react-router';
import { RagTag } from '../../../components/rag-tag';
import { TableRegion } from '../../../components/table-region';
import './segments.css';

/** The id of a row's Edit button, so focus can go back to it when its form is closed. */
export const editButtonId = (segmentId: string) => `edit-segment-${segmentId}`;

const SHARE = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

interface CoverageTableProps {
  segments: SegmentCoverage[];
  /** Given to administrators only: each row then offers Edit. */
  onEdit?: (segment: SegmentCoverage) => void;
}

export function CoverageTable({ segments, onEdit }: CoverageTableProps) {
  if (segments.length === 0) return <p className="govuk-body">No population segments have been recorded.</p>;
  return (
    <TableRegion label="Population segments and the live actions that target them">
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">Population segments and the live actions that target them</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Segment
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Share of households
            </th>
            <th scope="col" className="govuk-table__header">
              Very low propensity to self-serve
            </th>
            <th scope="col" className="govuk-table__header">
              Live actions
            </th>
            {onEdit && (
              <th scope="col" className="govuk-table__header">
                <span className="govuk-visually-hidden">Actions</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {segments.map((segment) => (
            <tr className="govuk-table__row" key={segment.id}>
              <th scope="row" className="govuk-table__header">
                {segment.name}
                {segment.retired && (
                  <>
                    {' '}
                    <strong className="govuk-tag govuk-tag--grey">Retired</strong>
                  </>
                )}
                {segment.description && <span className="govuk-body-s app-segment-description">{segment.description}</span>}
              </th>
              <td className="govuk-table__cell govuk-table__cell--numeric">{SHARE.format(segment.householdShare)}%</td>
              <td className="govuk-table__cell">{segment.veryLowPropensity ? 'Yes' : 'No'}</td>
              <td className="govuk-table__cell">
                {segment.liveActions.length === 0 ? (
                  segment.uncovered ? (
                    <strong className="govuk-tag govuk-tag--red">None</strong>
                  ) : (
                    'None'
                  )
                ) : (
                  <ul className="govuk-list app-coverage-actions">
                    {segment.liveActions.map((action) => (
                      <li key={action.id}>
                        <Link className="govuk-link" to={`/actions/${action.id}`}>
                          {action.reference} {action.title}
                        </Link>{' '}
                        <RagTag rag={action.rag} prefix="RAG rating:" />
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              {onEdit && (
                <td className="govuk-table__cell">
                  <button type="button" id={editButtonId(segment.id)} className="app-segment-link-button" onClick={() => onEdit(segment)}>
                    Edit<span className="govuk-visually-hidden"> {segment.name}</span>
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}

import { ACTION_STATUS_LABELS, AMENDMENT_KIND_LABELS, type ReviewAmendment, type ReviewReturn } from '@steerline/contracts';
import { RagTag } from '../../../components/rag-tag';
import { TableRegion } from '../../../components/table-region';
import { formatDate } from '../../../lib/format-date';

function amendmentChange(amendment: ReviewAmendment, ret: ReviewReturn): string {
  switch (amendment.kind) {
    case 'due_date':
      return `Due date ${formatDate(amendment.newDueDate)}`;
    case 'scope':
      return amendment.newScope ?? '';
    case 'measure_target': {
      const measure = ret.measures.find((m) => m.measureId === amendment.measureId);
      return `${measure?.name ?? 'Measure'}: target ${amendment.newTarget ?? 'not set'}${measure ? ` ${measure.unit}` : ''}`;
    }
  }
}

const text = (value: string | null | undefined) => (value && value.trim() !== '' ? value : 'Not given');

/** A return as it stands, read-only: what the board checks and what a signed-off cycle keeps. */
export function ReturnDetails({ ret }: { ret: ReviewReturn }) {
  return (
    <>
      <dl className="govuk-summary-list">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Status of the action</dt>
          <dd className="govuk-summary-list__value">{ret.actionStatus ? ACTION_STATUS_LABELS[ret.actionStatus] : 'Not given'}</dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">RAG rating</dt>
          <dd className="govuk-summary-list__value">{ret.rag ? <RagTag rag={ret.rag} /> : 'Not given'}</dd>
        </div>
        {ret.rag && (ret.rag === 'red' || ret.rag === 'amber') && (
          <>
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">Reason</dt>
              <dd className="govuk-summary-list__value app-review-text">{text(ret.ragReason)}</dd>
            </div>
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">Corrective action</dt>
              <dd className="govuk-summary-list__value app-review-text">{text(ret.correctiveAction)}</dd>
            </div>
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">Revised date</dt>
              <dd className="govuk-summary-list__value">{formatDate(ret.revisedDate)}</dd>
            </div>
          </>
        )}
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Progress in the period</dt>
          <dd className="govuk-summary-list__value app-review-text">{text(ret.narrative)}</dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Next steps</dt>
          <dd className="govuk-summary-list__value app-review-text">{text(ret.nextSteps)}</dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Submitted</dt>
          <dd className="govuk-summary-list__value">{ret.submittedAt ? formatDate(ret.submittedAt) : 'Not submitted'}</dd>
        </div>
      </dl>

      {ret.measures.length > 0 && (
        <TableRegion label="Measures at the end of the period">
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--m">Measures at the end of the period</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Measure
                </th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                  Target
                </th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                  Value
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {ret.measures.map((measure) => (
                <tr className="govuk-table__row" key={measure.measureId}>
                  <th scope="row" className="govuk-table__header">
                    {measure.name} ({measure.unit})
                  </th>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{measure.target ?? 'Not set'}</td>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{measure.value ?? 'Not given'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}

      <h2 className="govuk-heading-m">Proposed amendments</h2>
      {ret.amendments.length === 0 ? (
        <p className="govuk-body">No amendments proposed.</p>
      ) : (
        <TableRegion label="Proposed amendments">
          <table className="govuk-table">
            <caption className="govuk-visually-hidden">Proposed amendments</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Kind
                </th>
                <th scope="col" className="govuk-table__header">
                  Change
                </th>
                <th scope="col" className="govuk-table__header">
                  Reason
                </th>
                <th scope="col" className="govuk-table__header">
                  Applied
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {ret.amendments.map((amendment) => (
                <tr className="govuk-table__row" key={amendment.id}>
                  <th scope="row" className="govuk-table__header">
                    {AMENDMENT_KIND_LABELS[amendment.kind]}
                  </th>
                  <td className="govuk-table__cell app-review-text">{amendmentChange(amendment, ret)}</td>
                  <td className="govuk-table__cell app-review-text">{amendment.reason}</td>
                  <td className="govuk-table__cell">{amendment.appliedAt ? formatDate(amendment.appliedAt) : 'Not yet'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </>
  );
}

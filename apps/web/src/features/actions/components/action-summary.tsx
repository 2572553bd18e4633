import type { ActionDetail } from '@steerline/contracts';
import type { ReactNode } from 'react';
import { RagTag, StatusTag } from '../../../components/rag-tag';
import { formatDateTime } from '../format';
import { formatDate } from '../../../lib/format-date';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value">{children}</dd>
    </div>
  );
}

function Names({ refs, none }: { refs: { id: string; name: string }[]; none: string }) {
  if (refs.length === 0) return <>{none}</>;
  if (refs.length === 1) return <>{refs[0].name}</>;
  return (
    <ul className="govuk-list">
      {refs.map((ref) => (
        <li key={ref.id}>{ref.name}</li>
      ))}
    </ul>
  );
}

/** The facts of an action as a GOV.UK summary list. */
export function ActionSummaryList({ action }: { action: ActionDetail }) {
  return (
    <dl className="govuk-summary-list">
      <Row label="Priority">
        {action.priority.number}. {action.priority.title}
      </Row>
      <Row label="Lead owner">{action.owner.name}</Row>
      <Row label="Owning body">{action.owningBody.name}</Row>
      <Row label="Partners">
        <Names refs={action.partners} none="None" />
      </Row>
      <Row label="Target population segments">
        <Names refs={action.segments} none="None" />
      </Row>
      <Row label="Status">
        <StatusTag status={action.status} />
      </Row>
      <Row label="RAG rating">
        <RagTag rag={action.rag} />
      </Row>
      <Row label="Start date">{formatDate(action.startDate)}</Row>
      <Row label="Due date">
        {formatDate(action.dueDate)}
        {action.overdue && (
          <>
            {' '}
            <strong className="govuk-tag govuk-tag--red">Overdue</strong>
          </>
        )}
      </Row>
      <Row label="% complete">{action.percentComplete}%</Row>
      <Row label="Last update">{action.lastUpdateAt ? formatDateTime(action.lastUpdateAt) : 'No progress updates yet'}</Row>
    </dl>
  );
}

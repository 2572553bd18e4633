import { EvidenceUpload } from './evidence-upload';

/** On one's own progress update: a GOV.UK details that opens the upload for files about that update. */
export function UpdateEvidence({ actionId, updateId }: { actionId: string; updateId: string }) {
  return (
    <details className="govuk-details govuk-!-margin-bottom-2">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">Add evidence to this update</span>
      </summary>
      <div className="govuk-details__text">
        <EvidenceUpload path={`/actions/${actionId}/updates/${updateId}/attachments`} label="Files for this update" />
      </div>
    </details>
  );
}

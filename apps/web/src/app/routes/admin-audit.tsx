import { useDocumentTitle } from '../../lib/document-title';

// Placeholder until the page is built.
export function AuditTrailPage() {
  useDocumentTitle('Audit trail');
  return <h1 className="govuk-heading-l">Audit trail</h1>;
}

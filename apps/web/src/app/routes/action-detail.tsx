import { useDocumentTitle } from '../../lib/document-title';

// Placeholder until the page is built.
export function ActionDetailPage() {
  useDocumentTitle('Action');
  return <h1 className="govuk-heading-l">Action</h1>;
}

import { useDocumentTitle } from '../../lib/document-title';

// Placeholder until the page is built.
export function NewActionPage() {
  useDocumentTitle('New action');
  return <h1 className="govuk-heading-l">New action</h1>;
}

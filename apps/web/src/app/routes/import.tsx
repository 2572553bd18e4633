import { useDocumentTitle } from '../../lib/document-title';

// Placeholder until the page is built.
export function ImportPage() {
  useDocumentTitle('Import an action plan');
  return <h1 className="govuk-heading-l">Import an action plan</h1>;
}

import { useDocumentTitle } from '../../lib/document-title';

// Placeholder until the page is built.
export function EditActionPage() {
  useDocumentTitle('Edit action');
  return <h1 className="govuk-heading-l">Edit action</h1>;
}

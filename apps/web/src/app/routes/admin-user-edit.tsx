import { useDocumentTitle } from '../../lib/document-title';

// Placeholder until the page is built.
export function EditUserPage() {
  useDocumentTitle('Edit person');
  return <h1 className="govuk-heading-l">Edit person</h1>;
}

import { useDocumentTitle } from '../../lib/document-title';

// Placeholder until the page is built.
export function NewUserPage() {
  useDocumentTitle('Add a person');
  return <h1 className="govuk-heading-l">Add a person</h1>;
}

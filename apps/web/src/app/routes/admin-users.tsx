import { useDocumentTitle } from '../../lib/document-title';

// Placeholder until the page is built.
export function AdminUsersPage() {
  useDocumentTitle('People');
  return <h1 className="govuk-heading-l">People</h1>;
}

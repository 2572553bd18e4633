import { useDocumentTitle } from '../../lib/document-title';

// Placeholder until the page is built.
export function ActionsListPage() {
  useDocumentTitle('Actions');
  return <h1 className="govuk-heading-l">Actions</h1>;
}

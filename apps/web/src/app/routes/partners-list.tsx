import { useDocumentTitle } from '../../lib/document-title';

// Placeholder until the page is built.
export function PartnersListPage() {
  useDocumentTitle('Partners');
  return <h1 className="govuk-heading-l">Partners</h1>;
}

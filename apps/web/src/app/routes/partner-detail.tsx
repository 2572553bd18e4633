import { useDocumentTitle } from '../../lib/document-title';

// Placeholder until the page is built.
export function PartnerDetailPage() {
  useDocumentTitle('Partner');
  return <h1 className="govuk-heading-l">Partner</h1>;
}

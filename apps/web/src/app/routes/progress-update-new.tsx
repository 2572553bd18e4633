import { useDocumentTitle } from '../../lib/document-title';

// Placeholder until the page is built.
export function NewProgressUpdatePage() {
  useDocumentTitle('Post a progress update');
  return <h1 className="govuk-heading-l">Post a progress update</h1>;
}

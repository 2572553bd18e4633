import { useDocumentTitle } from '../../lib/document-title';

// Placeholder until the page is built.
export function CoveragePage() {
  useDocumentTitle('Coverage of population segments');
  return <h1 className="govuk-heading-l">Coverage of population segments</h1>;
}

import { Link } from 'react-router';
import { useDocumentTitle } from '../lib/document-title';

/** What a signed-in user sees on a page their rights do not cover (the API answered 403): an explanation, not a crash. */
export function NoPermission() {
  useDocumentTitle('You do not have permission to see this page');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">You do not have permission to see this page</h1>
        <p className="govuk-body">Only administrators can see and change this page.</p>
        <p className="govuk-body">If you think you should have access, ask an administrator of Steerline.</p>
        <p className="govuk-body">
          <Link className="govuk-link" to="/">
            Go to the Steerline home page
          </Link>
        </p>
      </div>
    </div>
  );
}

import { Link } from 'react-router';
import { useStrategy } from '../../features/strategy/api/get-strategy';
import { OutsideReportEmails } from '../../features/subscriptions/components/outside-report-emails';
import { useDocumentTitle } from '../../lib/document-title';
import { AdminOnly } from './admin-only';

export function AdminSubscriptionsPage() {
  return (
    <AdminOnly>
      <AdminSubscriptions />
    </AdminOnly>
  );
}

function AdminSubscriptions() {
  useDocumentTitle('Report e-mails to outside addresses');
  const strategy = useStrategy();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link className="govuk-back-link" to="/admin/setup">
          Back to set up
        </Link>
        <h1 className="govuk-heading-l">Report e-mails to outside addresses</h1>
        <p className="govuk-body">
          Digests and signed-off review reports for people who do not sign in to Steerline, such as councillors. Each e-mail has a link to stop it.
          People with an account subscribe themselves under &quot;Your account&quot;.
        </p>
        <OutsideReportEmails strategies={strategy.data ? [{ id: strategy.data.id, title: strategy.data.title }] : []} />
      </div>
    </div>
  );
}

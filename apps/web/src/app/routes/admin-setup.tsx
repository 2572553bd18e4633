import { Link } from 'react-router';
import { useSetup } from '../../features/strategy/api/get-setup';
import { SetupChecklist } from '../../features/strategy/components/setup-checklist';
import { useDocumentTitle } from '../../lib/document-title';
import { AdminOnly } from './admin-only';
import { ServiceProblemPage } from './service-problem';

export function SetupPage() {
  return (
    <AdminOnly>
      <Setup />
    </AdminOnly>
  );
}

function Setup() {
  const setup = useSetup();
  useDocumentTitle(setup.isError ? 'Sorry, there is a problem with the service' : 'Set up Steerline');
  if (setup.isError) return <ServiceProblemPage />;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Set up Steerline</h1>
        {setup.isPending ? (
          <p className="govuk-body">Loading…</p>
        ) : (
          <>
            <p className="govuk-body">
              {setup.data.complete
                ? 'Everything is set up. You can come back here to change the strategy, its priorities and its bodies.'
                : `You have done ${setup.data.steps.filter((step) => step.done).length} of ${setup.data.steps.length} steps. Start with the strategy: priorities, bodies and segments belong to it.`}
            </p>
            <SetupChecklist progress={setup.data} />
            <h2 className="govuk-heading-m">Reaching people outside Steerline</h2>
            <p className="govuk-body">
              <Link className="govuk-link" to="/admin/subscriptions">Report e-mails to outside addresses</Link>, such as the councillors&apos; mailbox.
            </p>
          </>
        )}
      </div>
    </div>
  );
}

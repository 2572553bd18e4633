import { Link } from 'react-router';
import { SuccessBanner } from '../../components/success-banner';
import { PrioritiesTable } from '../../features/strategy/components/priorities-table';
import { useDocumentTitle } from '../../lib/document-title';
import { useFlashMessage } from '../../lib/flash-message';
import { FRESH, usePriorities } from '../../lib/lookups/lookups';
import { AdminOnly } from './admin-only';
import { ServiceProblemPage } from './service-problem';

export function PrioritiesPage() {
  return (
    <AdminOnly>
      <Priorities />
    </AdminOnly>
  );
}

function Priorities() {
  const priorities = usePriorities(FRESH);
  const flash = useFlashMessage();
  useDocumentTitle(priorities.isError ? 'Sorry, there is a problem with the service' : 'Priorities');
  if (priorities.isError) return <ServiceProblemPage />;
  return (
    <>
      <Link className="govuk-back-link" to="/admin/setup">
        Back to set up
      </Link>
      {flash && <SuccessBanner heading={flash} />}
      <h1 className="govuk-heading-l">Priorities</h1>
      <p className="govuk-body">The strategy&apos;s numbered priorities. Every action serves one. Retired priorities keep their actions but cannot be chosen for new ones.</p>
      <Link className="govuk-button" to="/admin/priorities/new">
        Add a priority
      </Link>
      {priorities.isPending ? <p className="govuk-body">Loading…</p> : <PrioritiesTable priorities={priorities.data} />}
    </>
  );
}

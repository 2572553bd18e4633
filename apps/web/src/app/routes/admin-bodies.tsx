import { Link } from 'react-router';
import { SuccessBanner } from '../../components/success-banner';
import { BodiesTable } from '../../features/strategy/components/bodies-table';
import { useDocumentTitle } from '../../lib/document-title';
import { useFlashMessage } from '../../lib/flash-message';
import { FRESH, useBodies } from '../../lib/lookups/lookups';
import { AdminOnly } from './admin-only';
import { ServiceProblemPage } from './service-problem';

export function BodiesPage() {
  return (
    <AdminOnly>
      <Bodies />
    </AdminOnly>
  );
}

function Bodies() {
  const bodies = useBodies(FRESH);
  const flash = useFlashMessage();
  useDocumentTitle(bodies.isError ? 'Sorry, there is a problem with the service' : 'Governance bodies');
  if (bodies.isError) return <ServiceProblemPage />;
  return (
    <>
      <Link className="govuk-back-link" to="/admin/setup">
        Back to set up
      </Link>
      {flash && <SuccessBanner heading={flash} />}
      <h1 className="govuk-heading-l">Governance bodies</h1>
      <p className="govuk-body">
        The groups that govern the strategy. Each body&apos;s kind decides what its members may do; people join bodies on their page in People.
      </p>
      <Link className="govuk-button" to="/admin/bodies/new">
        Add a governance body
      </Link>
      {bodies.isPending ? <p className="govuk-body">Loading…</p> : <BodiesTable bodies={bodies.data} />}
    </>
  );
}

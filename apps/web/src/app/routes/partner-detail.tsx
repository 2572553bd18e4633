import { Permission, type PartnerDetail } from '@steerline/contracts';
import { Link, useParams } from 'react-router';
import { useMe } from '../../features/auth/api/get-me';
import { usePartner } from '../../features/partners/api/get-partner';
import { PartnerView } from '../../features/partners/components/partner-view';
import { useDocumentTitle } from '../../lib/document-title';
import { useFlashMessage } from '../../lib/flash-message';
import { isNotFound } from '../../lib/form-errors';
import { NotFoundPage } from './not-found';
import { ServiceProblemPage } from './service-problem';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function PartnerDetailPage() {
  const { id = '' } = useParams();
  if (!UUID.test(id)) return <NotFoundPage />;
  return <PartnerPage key={id} id={id} />;
}

function PartnerPage({ id }: { id: string }) {
  const partner = usePartner(id);
  const arrivalMessage = useFlashMessage();
  if (partner.isError) return isNotFound(partner.error) ? <NotFoundPage /> : <ServiceProblemPage />;
  return (
    <>
      <Link className="govuk-back-link" to="/partners">
        Back to partners
      </Link>
      {partner.isPending ? <Loading /> : <LoadedPartner partner={partner.data} arrivalMessage={arrivalMessage} />}
    </>
  );
}

function Loading() {
  useDocumentTitle('Partner');
  return <p className="govuk-body">Loading the partner…</p>;
}

function LoadedPartner({ partner, arrivalMessage }: { partner: PartnerDetail; arrivalMessage?: string }) {
  useDocumentTitle(partner.name);
  const { data: me } = useMe();
  return <PartnerView partner={partner} canManage={me?.permissions.includes(Permission.AdminManage) ?? false} initialSuccess={arrivalMessage} />;
}

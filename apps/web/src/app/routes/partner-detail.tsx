import { Permission, type PartnerDetail } from '@steerline/contracts';
import { Link, useParams } from 'react-router';
import { useMe } from '../../features/auth/api/get-me';
import { usePartner } from '../../features/partners/api/get-partner';
import { PartnerView } from '../../features/partners/components/partner-view';
import { useDocumentTitle } from '../../lib/document-title';
import { useFlashMessage } from '../../lib/flash-message';
import { QueryPage } from '../query-page';
import { NotFoundPage } from './not-found';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function PartnerDetailPage() {
  const { id = '' } = useParams();
  if (!UUID.test(id)) return <NotFoundPage />;
  return <PartnerPage key={id} id={id} />;
}

function PartnerPage({ id }: { id: string }) {
  const partner = usePartner(id);
  const arrivalMessage = useFlashMessage();
  const back = (
    <Link className="govuk-back-link" to="/partners">
      Back to partners
    </Link>
  );
  return (
    <QueryPage
      query={partner}
      pending={
        <>
          {back}
          <Loading />
        </>
      }
    >
      {(data) => (
        <>
          {back}
          <LoadedPartner partner={data} arrivalMessage={arrivalMessage} />
        </>
      )}
    </QueryPage>
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

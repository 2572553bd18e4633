import { Permission, type AdminUser, type BodySummary, type PartnerSummary } from '@steerline/contracts';
import { useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useFocusHeadingIfLost } from '../../components/focus-heading';
import { NoPermission } from '../../components/no-permission';
import { SuccessBanner } from '../../components/success-banner';
import { useMe } from '../../features/auth/api/get-me';
import { useAdminUsers } from '../../features/people/api/get-admin-users';
import { FRESH, useBodies, usePartners } from '../../lib/lookups/lookups';
import { AccountAccess } from '../../features/people/components/account-access';
import { EditUserForm } from '../../features/people/components/edit-user-form';
import { TwoFactorReset } from '../../features/people/components/two-factor-reset';
import { useDocumentTitle } from '../../lib/document-title';
import { isForbidden } from '../../lib/form-errors';
import { NotFoundPage } from './not-found';
import { ServiceProblemPage } from './service-problem';

export function EditUserPage() {
  const { data: me } = useMe();
  const { id = '' } = useParams();
  if (!me?.permissions.includes(Permission.AdminManage)) return <NoPermission />;
  return <EditUser key={id} id={id} myId={me.id} />;
}

function EditUser({ id, myId }: { id: string; myId: string }) {
  const users = useAdminUsers();
  const bodies = useBodies(FRESH);
  const partners = usePartners(FRESH);
  const error = users.error ?? bodies.error ?? partners.error;
  if (error) return isForbidden(error) ? <NoPermission /> : <ServiceProblemPage />;
  if (!users.data || !bodies.data || !partners.data) return <Loading />;
  const user = users.data.find((candidate) => candidate.id === id);
  if (!user) return <NotFoundPage />;
  return <LoadedUser user={user} isSelf={user.id === myId} bodies={bodies.data} partners={partners.data} />;
}

function Loading() {
  useDocumentTitle('Change a person');
  return <p className="govuk-body">Loading…</p>;
}

interface LoadedUserProps {
  user: AdminUser;
  isSelf: boolean;
  bodies: BodySummary[];
  partners: PartnerSummary[];
}

function LoadedUser({ user, isSelf, bodies, partners }: LoadedUserProps) {
  useDocumentTitle(user.name);
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusHeadingIfLost(heading);
  const [success, setSuccess] = useState<{ text: string; key: number } | null>(null);
  const show = (text: string) => setSuccess((previous) => ({ text, key: (previous?.key ?? 0) + 1 }));
  return (
    <>
      <Link className="govuk-back-link" to="/admin/users">
        Back to people
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {success && <SuccessBanner key={success.key} heading={success.text} />}
          <span className="govuk-caption-l">Change a person</span>
          <h1 className="govuk-heading-l" ref={heading}>
            {user.name}
          </h1>
          <dl className="govuk-summary-list">
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">Email address</dt>
              <dd className="govuk-summary-list__value">{user.email}</dd>
            </div>
          </dl>
          <EditUserForm user={user} bodies={bodies} partners={partners} onSaved={(saved) => show(`Changes to ${saved.name} saved`)} />
          <AccountAccess user={user} isSelf={isSelf} onChanged={show} />
          <TwoFactorReset user={user} onChanged={show} />
        </div>
      </div>
    </>
  );
}

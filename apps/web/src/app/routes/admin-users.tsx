import { Permission, type InvitedUser } from '@steerline/contracts';
import { useState } from 'react';
import { Link } from 'react-router';
import { NoPermission } from '../../components/no-permission';
import { SuccessBanner } from '../../components/success-banner';
import { useMe } from '../../features/auth/api/get-me';
import { useAdminUsers } from '../../features/people/api/get-admin-users';
import { InvitationSent } from '../../features/people/components/invitation-sent';
import { UsersTable } from '../../features/people/components/users-table';
import { useDocumentTitle } from '../../lib/document-title';
import { useFlashMessage } from '../../lib/flash-message';
import { isForbidden } from '../../lib/form-errors';
import { ServiceProblemPage } from './service-problem';

export function AdminUsersPage() {
  const { data: me } = useMe();
  if (!me?.permissions.includes(Permission.AdminManage)) return <NoPermission />;
  return <People />;
}

function People() {
  const users = useAdminUsers();
  const flash = useFlashMessage();
  const [resent, setResent] = useState<{ user: InvitedUser; key: number } | null>(null);
  useDocumentTitle(users.isError ? (isForbidden(users.error) ? 'You do not have permission to see this page' : 'Sorry, there is a problem with the service') : 'People');
  if (users.isError) return isForbidden(users.error) ? <NoPermission /> : <ServiceProblemPage />;
  return (
    <>
      {resent ? <InvitationSent key={resent.key} user={resent.user} resent /> : flash && <SuccessBanner heading={flash} />}
      <h1 className="govuk-heading-l">People</h1>
      <p className="govuk-body">Everyone who can sign in to Steerline or has been invited to, the governance bodies they belong to and the partner they work for.</p>
      <Link className="govuk-button" to="/admin/users/new" draggable={false}>
        Add a person
      </Link>
      {users.isPending ? <p className="govuk-body">Loading people…</p> : <UsersTable users={users.data} onInvitationResent={(user) => setResent((previous) => ({ user, key: (previous?.key ?? 0) + 1 }))} />}
    </>
  );
}

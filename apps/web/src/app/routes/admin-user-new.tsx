import { Permission, type InvitedUser } from '@steerline/contracts';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { NoPermission } from '../../components/no-permission';
import { useMe } from '../../features/auth/api/get-me';
import { FRESH, useBodies, usePartners } from '../../lib/lookups/lookups';
import { InvitationSent } from '../../features/people/components/invitation-sent';
import { NewUserForm } from '../../features/people/components/new-user-form';
import { useDocumentTitle } from '../../lib/document-title';
import type { FlashState } from '../../lib/flash-message';
import { ServiceProblemPage } from './service-problem';

export function NewUserPage() {
  const { data: me } = useMe();
  if (!me?.permissions.includes(Permission.AdminManage)) return <NoPermission />;
  return <NewUser />;
}

function NewUser() {
  const navigate = useNavigate();
  const bodies = useBodies(FRESH);
  const partners = usePartners(FRESH);
  const [shownLink, setShownLink] = useState<InvitedUser | null>(null);
  const failed = bodies.isError || partners.isError;
  useDocumentTitle(failed ? 'Sorry, there is a problem with the service' : 'Add a person');
  if (failed) return <ServiceProblemPage />;
  if (shownLink) return <InvitationLinkShown user={shownLink} />;
  return (
    <>
      <Link className="govuk-back-link" to="/admin/users">
        Back to people
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">Add a person</h1>
          {bodies.isPending || partners.isPending ? (
            <p className="govuk-body">Loading…</p>
          ) : (
            <NewUserForm
              bodies={bodies.data}
              partners={partners.data}
              onCreated={(user) =>
                user.invitation.emailedTo
                  ? navigate('/admin/users', { state: { flash: `${user.name} has been added and invited at ${user.invitation.emailedTo}` } satisfies FlashState })
                  : setShownLink(user)
              }
            />
          )}
        </div>
      </div>
    </>
  );
}

/** Without a mail server the invitation link is shown here, once; it is not kept anywhere the page could show it again. */
function InvitationLinkShown({ user }: { user: InvitedUser }) {
  useDocumentTitle(`${user.name} has been added`);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <InvitationSent user={user} />
        <p className="govuk-body">
          <Link className="govuk-link" to="/admin/users">
            Back to people
          </Link>
        </p>
      </div>
    </div>
  );
}

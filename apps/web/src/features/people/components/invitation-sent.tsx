import type { InvitedUser } from '@steerline/contracts';
import { useEffect, useId, useRef } from 'react';
import { focusProgrammatically } from '../../../components/focus';
import { formatDate } from '../../../lib/format-date';

/**
 * What happened to an invitation just made or resent: e-mailed, or (no mail server) the link to pass on, shown this
 * once. Takes focus like GOV.UK's success banner.
 */
export function InvitationSent({ user, resent = false }: { user: InvitedUser; resent?: boolean }) {
  const titleId = useId();
  const banner = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (banner.current) focusProgrammatically(banner.current);
  }, []);
  const { emailedTo, link, expiresAt } = user.invitation;
  const heading = emailedTo ? `${resent ? 'A new invitation has been emailed to' : `${user.name} has been added and invited at`} ${emailedTo}` : `${user.name} has been ${resent ? 'sent a new invitation link' : 'added'}`;
  return (
    <div className="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby={titleId} ref={banner}>
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={titleId}>
          Success
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading app-break-words">{heading}</p>
        {link ? (
          <>
            <p className="govuk-body">
              Steerline cannot send email here, so pass this link on to {user.name} yourself, privately. It is shown only now: copy it before you leave this page.
            </p>
            <p className="govuk-body app-break-words">
              <code id="invitation-link">{link}</code>
            </p>
          </>
        ) : null}
        <p className="govuk-body">
          The link works once, until {formatDate(expiresAt)}.{resent ? ' Any link sent before no longer works.' : ''}
        </p>
      </div>
    </div>
  );
}

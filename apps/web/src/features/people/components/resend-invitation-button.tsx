import type { AdminUser, InvitedUser } from '@steerline/contracts';
import { ErrorSummary } from '../../../components/error-summary';
import { describeFormError } from '../../../lib/form-errors';
import { useResendInvitation } from '../api/resend-invitation';

/** For someone invited who has not set a password yet: a new invitation, the earlier link stops working. */
export function ResendInvitationButton({ user, onResent }: { user: AdminUser; onResent: (user: InvitedUser) => void }) {
  const resend = useResendInvitation();
  return (
    <>
      {resend.isError && <ErrorSummary key={resend.submittedAt} items={describeFormError(resend.error, {}).summary} />}
      <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" disabled={resend.isPending} onClick={() => resend.mutate(user.id, { onSuccess: onResent })}>
        Resend invitation<span className="govuk-visually-hidden"> to {user.name}</span>
      </button>
    </>
  );
}

import type { AdminUser } from '@steerline/contracts';
import { ErrorSummary } from '../../../components/error-summary';
import { describeFormError } from '../../../lib/form-errors';
import { useResetTwoFactor } from '../api/reset-two-factor';

/** Whether the person uses an authenticator app, in words, and resetting it when they have lost it and their recovery codes. */
export function TwoFactorReset({ user, onChanged }: { user: AdminUser; onChanged: (message: string) => void }) {
  const reset = useResetTwoFactor(user.id);
  return (
    <>
      <h2 className="govuk-heading-m">Two-factor authentication</h2>
      {reset.isError && <ErrorSummary key={reset.submittedAt} items={describeFormError(reset.error, {}).summary} />}
      <dl className="govuk-summary-list">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Authenticator app</dt>
          <dd className="govuk-summary-list__value">
            <strong className={user.twoFactor ? 'govuk-tag govuk-tag--green' : 'govuk-tag govuk-tag--grey'}>{user.twoFactor ? 'On' : 'Off'}</strong>
          </dd>
        </div>
      </dl>
      {user.twoFactor && (
        <>
          <p className="govuk-body">If {user.name} has lost their phone and their recovery codes, reset it: they then sign in with their password alone, or set up an app again if they must.</p>
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            disabled={reset.isPending}
            onClick={() => reset.mutate(undefined, { onSuccess: () => onChanged(`${user.name}'s two-factor authentication has been reset`) })}
          >
            Reset two-factor authentication
          </button>
        </>
      )}
    </>
  );
}

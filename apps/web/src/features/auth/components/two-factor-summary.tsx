import { Link } from 'react-router';
import { useTwoFactorStatus } from '../api/get-two-factor-status';

/** "Your account": whether a code from an app is asked for at password sign-in, in words, and how to turn it on. */
export function TwoFactorSummary() {
  const status = useTwoFactorStatus();
  if (!status.data) return null;
  const { enrolled, recoveryCodesLeft, required } = status.data;
  return (
    <section aria-labelledby="two-factor-heading">
      <h2 className="govuk-heading-m" id="two-factor-heading">
        Two-factor authentication
      </h2>
      <dl className="govuk-summary-list">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Status</dt>
          <dd className="govuk-summary-list__value">
            <strong className={enrolled ? 'govuk-tag govuk-tag--green' : 'govuk-tag govuk-tag--grey'}>{enrolled ? 'On' : 'Off'}</strong>
          </dd>
        </div>
        {enrolled && (
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Recovery codes left</dt>
            <dd className="govuk-summary-list__value">{recoveryCodesLeft}</dd>
          </div>
        )}
      </dl>
      {enrolled ? (
        <p className="govuk-body">When you sign in with your password, you also enter a code from your authenticator app. If you lose your phone, ask your Steerline administrator to reset it.</p>
      ) : (
        <>
          <p className="govuk-body">
            {required ? 'Your account must use an authenticator app when you sign in with a password.' : 'Add a second step to your password sign-in: a code from an authenticator app on your phone.'}
          </p>
          <Link className="govuk-button govuk-button--secondary" to="/account/two-factor" draggable={false}>
            Set up two-factor authentication
          </Link>
        </>
      )}
    </section>
  );
}

import { needsSecondFactor, PasswordSignIn, SecondFactorStep, type SignInResponse } from '@steerline/contracts';
import { Link, useLocation, useNavigate } from 'react-router';
import { SuccessBanner } from '../../components/success-banner';
import { useSignInOptions } from '../../features/auth/api/get-sign-in-options';
import { SignInForm } from '../../features/auth/components/sign-in-form';
import { SingleSignOnButton } from '../../features/auth/components/single-sign-on-button';
import type { SignedOutState } from '../../features/auth/components/sign-out-button';
import { returnPath } from '../return-path';

const SECOND_FACTOR_PAGES: Record<SecondFactorStep, string> = {
  [SecondFactorStep.Code]: '/sign-in/two-factor',
  [SecondFactorStep.Enrol]: '/sign-in/set-up-two-factor',
};

/** With single sign-on, council staff are steered to it first; partners (and a break-glass administrator) keep passwords. */
export function SignInPage() {
  const location = useLocation();
  const navigate = useNavigate();
  const options = useSignInOptions();
  const signedOut = (location.state as Partial<SignedOutState> | null)?.signedOut === true;
  const sso = options.data?.singleSignOn;
  const password = options.data?.password ?? PasswordSignIn.Everyone;

  const onSignedIn = (answer: SignInResponse) => {
    if (needsSecondFactor(answer)) navigate(SECOND_FACTOR_PAGES[answer.secondFactor], { state: location.state });
    else navigate(returnPath(location.state), { replace: true });
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <SignInForm
          heading="Sign in"
          notice={signedOut && <SuccessBanner heading="You have signed out" />}
          singleSignOn={
            sso && (
              <>
                <p className="govuk-body">Council staff sign in with the account they use for the council’s other systems.</p>
                <SingleSignOnButton label={sso.label} startUrl={sso.startUrl} />
              </>
            )
          }
          passwords={password !== PasswordSignIn.Nobody}
          passwordHeading={sso ? (password === PasswordSignIn.AdminsOnly ? 'Administrators: sign in with a password' : 'Partners and others: sign in with a password') : undefined}
          onSignedIn={onSignedIn}
        />
        {password !== PasswordSignIn.Nobody && (
          <p className="govuk-body">
            <Link className="govuk-link" to="/forgot-password">
              Forgot your password?
            </Link>
          </p>
        )}
      </div>
    </div>
  );
}

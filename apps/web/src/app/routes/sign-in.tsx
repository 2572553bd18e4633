import { Link, useLocation, useNavigate } from 'react-router';
import { SuccessBanner } from '../../components/success-banner';
import { SignInForm } from '../../features/auth/components/sign-in-form';
import type { SignedOutState } from '../../features/auth/components/sign-out-button';
import type { ReturnToState } from '../require-sign-in';

const LOCAL_PATH = /^\/(?![/\\])/;

/** Only a path inside this service, never another site (`//host`, `/\host` or `https://...`). */
function returnPath(state: unknown): string {
  const from = (state as Partial<ReturnToState> | null)?.from;
  return typeof from === 'string' && LOCAL_PATH.test(from) ? from : '/';
}

export function SignInPage() {
  const location = useLocation();
  const navigate = useNavigate();
  const signedOut = (location.state as Partial<SignedOutState> | null)?.signedOut === true;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <SignInForm
          heading="Sign in"
          notice={signedOut && <SuccessBanner heading="You have signed out" />}
          onSignedIn={() => navigate(returnPath(location.state), { replace: true })}
        />
        <p className="govuk-body">
          <Link className="govuk-link" to="/forgot-password">
            Forgot your password?
          </Link>
        </p>
      </div>
    </div>
  );
}

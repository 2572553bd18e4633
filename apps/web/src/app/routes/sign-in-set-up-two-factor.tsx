import { useLocation, useNavigate } from 'react-router';
import { TwoFactorSetupFlow } from '../../features/auth/components/two-factor-setup';
import { returnPath } from '../return-path';

/** `/sign-in/set-up-two-factor`: after a correct password, when MFA_REQUIRED asks this person for an app they do not have yet. */
export function SignInSetUpTwoFactorPage() {
  const location = useLocation();
  const navigate = useNavigate();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <TwoFactorSetupFlow
          introduction="Your account needs a second step at sign-in: a code from an authenticator app on your phone. Set it up now to finish signing in."
          onDone={() => navigate(returnPath(location.state), { replace: true })}
        />
      </div>
    </div>
  );
}

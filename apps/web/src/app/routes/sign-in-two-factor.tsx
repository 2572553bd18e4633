import { useLocation, useNavigate } from 'react-router';
import { TwoFactorCodeForm } from '../../features/auth/components/two-factor-code-form';
import { returnPath } from '../return-path';

/** `/sign-in/two-factor`: after a correct password, for someone with an authenticator app. */
export function SignInTwoFactorPage() {
  const location = useLocation();
  const navigate = useNavigate();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <TwoFactorCodeForm onSignedIn={() => navigate(returnPath(location.state), { replace: true })} />
      </div>
    </div>
  );
}

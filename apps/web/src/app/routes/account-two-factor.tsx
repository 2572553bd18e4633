import { useNavigate } from 'react-router';
import { TwoFactorSetupFlow } from '../../features/auth/components/two-factor-setup';

/** `/account/two-factor`: a signed-in person adds an authenticator app to their password sign-in. */
export function AccountTwoFactorPage() {
  const navigate = useNavigate();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <TwoFactorSetupFlow onDone={() => navigate('/account')} />
      </div>
    </div>
  );
}

import { SsoRefusal } from '@steerline/contracts';
import { useSearchParams } from 'react-router';
import { isSsoRefusal, SignInRefused } from '../../features/auth/components/sign-in-refused';

/** `/sign-in/refused?reason=…`: where the API sends the browser when single sign-on does not sign the person in. */
export function SignInRefusedPage() {
  const reason = useSearchParams()[0].get('reason');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <SignInRefused reason={isSsoRefusal(reason) ? reason : SsoRefusal.Unverifiable} />
      </div>
    </div>
  );
}

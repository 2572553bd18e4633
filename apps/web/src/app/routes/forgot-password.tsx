import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { useFocusHeadingIfLost } from '../../components/focus-heading';
import { ForgotPasswordForm } from '../../features/accounts/components/forgot-password-form';
import { useDocumentTitle } from '../../lib/document-title';

/** "Forgot your password?": what follows never says whether the address has an account. */
export function ForgotPasswordPage() {
  const [sentTo, setSentTo] = useState<string | null>(null);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">{sentTo === null ? <ForgotPasswordForm onSent={setSentTo} /> : <CheckYourEmail email={sentTo} />}</div>
    </div>
  );
}

function CheckYourEmail({ email }: { email: string }) {
  useDocumentTitle('Check your email');
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusHeadingIfLost(heading);
  return (
    <>
      <h1 className="govuk-heading-l" ref={heading} tabIndex={-1}>
        Check your email
      </h1>
      <p className="govuk-body">
        If <strong>{email}</strong> has a Steerline account, we have sent it a link to reset the password. The link works once and expires after a short time.
      </p>
      <p className="govuk-body">If no email arrives within a few minutes, check your spam folder, or ask your Steerline administrator.</p>
      <p className="govuk-body">
        <Link className="govuk-link" to="/sign-in">
          Back to sign in
        </Link>
      </p>
    </>
  );
}

import { ErrorCode, type SetPasswordResponse } from '@steerline/contracts';
import { useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useFocusHeadingIfLost } from '../../components/focus-heading';
import { useLink } from '../../features/accounts/api/check-link';
import { isLinkRefusal, LinkRefused } from '../../features/accounts/components/link-refused';
import { SetPasswordForm } from '../../features/accounts/components/set-password-form';
import { ApiError } from '../../lib/api-client';
import { useDocumentTitle } from '../../lib/document-title';
import { ServiceProblemPage } from './service-problem';

const NO_TOKEN = new ApiError(404, ErrorCode.LinkUnknown, 'This link is not recognised. Check you copied the whole link from the email, or ask for a new one.');

/** `/set-password?token=…`, from an invitation, a reset e-mail or the command line: the link is checked on arrival. */
export function SetPasswordPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">{token ? <CheckedLink token={token} /> : <LinkRefused error={NO_TOKEN} />}</div>
    </div>
  );
}

function CheckedLink({ token }: { token: string }) {
  const link = useLink(token);
  const [done, setDone] = useState<SetPasswordResponse | null>(null);
  if (done) return <PasswordSet email={done.email} />;
  if (link.isPending) return <Checking />;
  if (link.isError) return isLinkRefusal(link.error) ? <LinkRefused error={link.error} /> : <ServiceProblemPage />;
  return <SetPasswordForm token={token} link={link.data} onSet={setDone} />;
}

function Checking() {
  useDocumentTitle('Checking your link');
  return <p className="govuk-body">Checking your link…</p>;
}

function PasswordSet({ email }: { email: string }) {
  useDocumentTitle('Your password has been set');
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusHeadingIfLost(heading);
  return (
    <>
      <div className="govuk-panel govuk-panel--confirmation">
        <h1 className="govuk-panel__title" ref={heading} tabIndex={-1}>
          Your password has been set
        </h1>
      </div>
      <p className="govuk-body">
        Sign in with your email address, <strong>{email}</strong>, and your new password. You have been signed out anywhere else you were signed in.
      </p>
      <Link className="govuk-button" to="/sign-in" draggable={false}>
        Sign in
      </Link>
    </>
  );
}

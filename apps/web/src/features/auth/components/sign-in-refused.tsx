import { SsoRefusal } from '@steerline/contracts';
import { Link } from 'react-router';
import { useDocumentTitle } from '../../../lib/document-title';

const ASK_ADMINISTRATOR = 'If you think you should be able to, ask your Steerline administrator to check your account.';

const EXPLANATIONS: Record<SsoRefusal, { heading: string; why: string; next: string }> = {
  [SsoRefusal.FlowMissing]: {
    heading: 'Your sign-in timed out',
    why: 'The sign-in was not started from this browser, took more than 10 minutes, or came back twice.',
    next: 'Start again from the sign-in page.',
  },
  [SsoRefusal.Unverifiable]: {
    heading: 'Your sign-in could not be checked',
    why: 'The answer from your council’s sign-in service did not pass Steerline’s checks, so you have not been signed in.',
    next: 'Try again from the sign-in page. If it happens again, tell your Steerline administrator, who can check the single sign-on settings.',
  },
  [SsoRefusal.ProviderRefused]: {
    heading: 'Your council account did not sign you in',
    why: 'Your council’s sign-in service did not let you through, or the sign-in was cancelled.',
    next: 'Try again from the sign-in page. If you cannot sign in to your council account, ask your council’s IT service desk.',
  },
  [SsoRefusal.EmailUnverified]: {
    heading: 'Your email address is not confirmed',
    why: 'Your council account does not confirm your email address, and Steerline finds people by it.',
    next: 'Ask your council’s IT service desk to confirm the email address on your account.',
  },
  [SsoRefusal.DomainNotAllowed]: {
    heading: 'Your account cannot sign in this way',
    why: 'Only council accounts may use single sign-on, and your email address is not one of the council’s.',
    next: `Sign in with your email address and password instead. ${ASK_ADMINISTRATOR}`,
  },
  [SsoRefusal.UnknownPerson]: {
    heading: 'You do not have a Steerline account',
    why: 'Your council account is fine, but nobody with its email address has been added to Steerline.',
    next: 'Ask your Steerline administrator to add you.',
  },
  [SsoRefusal.Deactivated]: {
    heading: 'Your Steerline account has been deactivated',
    why: 'An administrator has deactivated your account, so you cannot sign in.',
    next: ASK_ADMINISTRATOR,
  },
  [SsoRefusal.Unavailable]: {
    heading: 'Single sign-on is not available',
    why: 'Steerline cannot reach your council’s sign-in service just now, or single sign-on is not set up.',
    next: 'Try again in a few minutes. If it goes on, tell your Steerline administrator.',
  },
};

export const isSsoRefusal = (reason: string | null): reason is SsoRefusal => reason !== null && Object.hasOwn(EXPLANATIONS, reason);

/** Why single sign-on did not sign the person in, and whom to ask; nobody is signed in. */
export function SignInRefused({ reason }: { reason: SsoRefusal }) {
  const { heading, why, next } = EXPLANATIONS[reason];
  useDocumentTitle(heading);
  return (
    <>
      <h1 className="govuk-heading-l">{heading}</h1>
      <p className="govuk-body">{why}</p>
      <p className="govuk-body">{next}</p>
      <p className="govuk-body">
        <Link className="govuk-link" to="/sign-in">
          Go to the sign-in page
        </Link>
      </p>
    </>
  );
}

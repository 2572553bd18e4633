import { ErrorCode } from '@steerline/contracts';
import { Link } from 'react-router';
import { ApiError } from '../../../lib/api-client';
import { useDocumentTitle } from '../../../lib/document-title';

const HEADINGS: Partial<Record<ErrorCode, string>> = {
  [ErrorCode.LinkUnknown]: 'This link is not recognised',
  [ErrorCode.LinkUsed]: 'This link has already been used',
  [ErrorCode.LinkExpired]: 'This link has expired',
  [ErrorCode.LinkSuperseded]: 'A newer link has been sent',
  [ErrorCode.LinkWithdrawn]: 'This link no longer works',
};

/** Whether the API refused a set-password link (as opposed to failing). */
export const isLinkRefusal = (error: unknown): error is ApiError => error instanceof ApiError && HEADINGS[error.code] !== undefined;

/** The page for a link that does not work: which reason, and how to get a new one (the API's message says both). */
export function LinkRefused({ error }: { error: ApiError }) {
  const heading = HEADINGS[error.code] ?? 'This link does not work';
  useDocumentTitle(heading);
  return (
    <>
      <h1 className="govuk-heading-l">{heading}</h1>
      <p className="govuk-body">{error.message}</p>
      <p className="govuk-body">
        If you have forgotten your password, you can{' '}
        <Link className="govuk-link" to="/forgot-password">
          ask for a link to reset it
        </Link>
        . If you know your password,{' '}
        <Link className="govuk-link" to="/sign-in">
          sign in
        </Link>
        .
      </p>
    </>
  );
}

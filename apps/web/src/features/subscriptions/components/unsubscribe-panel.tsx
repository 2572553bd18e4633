import { ApiError } from '../../../lib/api-client';
import { useUnsubscribeByLink, useUnsubscribeDetails } from '../api/subscriptions';

/** The page an e-mail's "To stop it" link opens: what the link stops, and one button. No sign-in. */
export function UnsubscribePanel({ token }: { token: string }) {
  const details = useUnsubscribeDetails(token);
  const stop = useUnsubscribeByLink(token);
  if (stop.isSuccess) {
    return (
      <div className="govuk-panel govuk-panel--confirmation">
        <h1 className="govuk-panel__title">You have been unsubscribed</h1>
        <div className="govuk-panel__body">You will get no more of these e-mails.</div>
      </div>
    );
  }
  if (details.isError) {
    const unknown = details.error instanceof ApiError && details.error.status === 404;
    return (
      <>
        <h1 className="govuk-heading-l">{unknown ? 'This unsubscribe link is not known' : 'Sorry, there is a problem with the service'}</h1>
        <p className="govuk-body">{unknown ? 'The e-mails it was for may have been stopped already. Check that the link was copied whole.' : 'Try again later.'}</p>
      </>
    );
  }
  if (!details.data) return <p className="govuk-body">Loading.</p>;
  return (
    <>
      <h1 className="govuk-heading-l">Stop these e-mails?</h1>
      <p className="govuk-body">
        The {details.data.frequency} digest of {details.data.scope}, and its signed-off review reports, to <strong className="app-break-words">{details.data.email}</strong>.
      </p>
      {stop.isError && (
        <p className="govuk-error-message" role="alert"><span className="govuk-visually-hidden">Error:</span> Sorry, that did not work. Try again later.</p>
      )}
      <button type="button" className="govuk-button govuk-button--warning" disabled={stop.isPending} onClick={() => stop.mutate()}>Stop these e-mails</button>
    </>
  );
}

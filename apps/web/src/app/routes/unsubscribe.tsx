import { useParams } from 'react-router';
import { UnsubscribePanel } from '../../features/subscriptions/components/unsubscribe-panel';
import { useDocumentTitle } from '../../lib/document-title';

/** `/unsubscribe/:token`: from the "To stop it" link of a report e-mail, signed in or not. */
export function UnsubscribePage() {
  useDocumentTitle('Stop report e-mails');
  const { token = '' } = useParams();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <UnsubscribePanel token={token} />
      </div>
    </div>
  );
}

import { useNotifications } from '../../features/notifications/api/get-notifications';
import { NotificationList } from '../../features/notifications/components/notification-list';
import { useDocumentTitle } from '../../lib/document-title';

/** `/notifications`: what has happened to the user's escalations and actions, newest first. */
export function NotificationsPage() {
  useDocumentTitle('Notifications');
  const notifications = useNotifications();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Notifications</h1>
        {notifications.isError ? (
          <p className="govuk-body">Sorry, your notifications could not be loaded. Try again later.</p>
        ) : !notifications.data ? (
          <p className="govuk-body">Loading your notifications.</p>
        ) : (
          <>
            <p className="govuk-body">{notifications.data.unreadCount === 1 ? 'You have 1 unread notification.' : `You have ${notifications.data.unreadCount} unread notifications.`}</p>
            <NotificationList notifications={notifications.data.items} />
          </>
        )}
      </div>
    </div>
  );
}

import type { AppNotification } from '@steerline/contracts';
import { Link } from 'react-router';
import { useMarkNotificationRead } from '../api/mark-read';
import './notifications.css';

const DATE_TIME = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', hour: 'numeric', minute: '2-digit', timeZone: 'Europe/London' });

const newestFirst = (a: AppNotification, b: AppNotification) => b.createdAt.localeCompare(a.createdAt);

/** A user's notifications, newest first; unread ones say so in words and can be marked as read. */
export function NotificationList({ notifications }: { notifications: AppNotification[] }) {
  const markRead = useMarkNotificationRead();
  if (notifications.length === 0) return <p className="govuk-body">You have no notifications.</p>;
  return (
    <ul className="govuk-list app-notification-list">
      {[...notifications].sort(newestFirst).map((notification) => (
        <li key={notification.id} className={notification.readAt ? 'app-notification' : 'app-notification app-notification--unread'}>
          <h2 className="govuk-heading-s govuk-!-margin-bottom-2">
            {!notification.readAt && (
              <>
                <strong className="govuk-tag app-notification__tag">Unread</strong>{' '}
              </>
            )}
            {notification.title}
          </h2>
          <p className="govuk-body-s govuk-!-margin-bottom-2">{DATE_TIME.format(new Date(notification.createdAt))}</p>
          <p className="govuk-body app-notification__body">{notification.body}</p>
          <p className="govuk-body">
            {notification.escalationId && (
              <>
                <Link className="govuk-link" to={`/escalations/${notification.escalationId}`}>
                  View the escalation<span className="govuk-visually-hidden">: {notification.title}</span>
                </Link>{' '}
              </>
            )}
            {notification.reviewReturnId && (
              <>
                <Link className="govuk-link" to={`/reviews/returns/${notification.reviewReturnId}`}>
                  Open your return<span className="govuk-visually-hidden">: {notification.title}</span>
                </Link>{' '}
              </>
            )}
            {notification.reviewCycleId && !notification.reviewReturnId && (
              <>
                <Link className="govuk-link" to={`/reviews/${notification.reviewCycleId}`}>
                  View the review cycle<span className="govuk-visually-hidden">: {notification.title}</span>
                </Link>{' '}
              </>
            )}
            {notification.actionId && (
              <Link className="govuk-link" to={`/actions/${notification.actionId}`}>
                View the action<span className="govuk-visually-hidden">: {notification.title}</span>
              </Link>
            )}
          </p>
          {!notification.readAt && (
            <button
              type="button"
              className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
              aria-disabled={(markRead.isPending && markRead.variables === notification.id) || undefined}
              onClick={() => !markRead.isPending && markRead.mutate(notification.id)}
            >
              Mark as read<span className="govuk-visually-hidden">: {notification.title}</span>
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}

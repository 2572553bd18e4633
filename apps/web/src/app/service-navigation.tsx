import { Permission } from '@steerline/contracts';
import { Link, useLocation } from 'react-router';
import { useMe } from '../features/auth/api/get-me';
import { SignOutButton } from '../features/auth/components/sign-out-button';
import { useNotifications } from '../features/notifications/api/get-notifications';
import { notificationsLinkText } from '../features/notifications/components/notifications-link-text';

/** `also`: other paths the link stands for (Set up covers the strategy, priorities and bodies pages). */
function NavigationLink({ to, text, also = [] }: { to: string; text: string; also?: string[] }) {
  const { pathname } = useLocation();
  const current = to === '/' ? pathname === '/' : [to, ...also].some((path) => pathname === path || pathname.startsWith(`${path}/`));
  return (
    <li className={current ? 'govuk-service-navigation__item govuk-service-navigation__item--active' : 'govuk-service-navigation__item'}>
      <Link className="govuk-service-navigation__link" to={to} aria-current={current ? 'page' : undefined}>
        {current ? <strong className="govuk-service-navigation__active-fallback">{text}</strong> : text}
      </Link>
    </li>
  );
}

/** Notifications, with the unread count in words. Only rendered when signed in. */
function NotificationsLink() {
  const { data } = useNotifications();
  return <NavigationLink to="/notifications" text={notificationsLinkText(data?.unreadCount)} />;
}

/** What a user can reach from every page: the plan's pages (and admin pages for admins) and sign out when signed in, sign in when not. */
export function ServiceNavigation() {
  const { pathname } = useLocation();
  const { data: me } = useMe();
  if (me === undefined || (me === null && pathname === '/sign-in')) return null;
  return (
    <div className="govuk-service-navigation">
      <div className="govuk-width-container">
        <div className="govuk-service-navigation__container">
          <nav aria-label="Menu" className="govuk-service-navigation__wrapper">
            <ul className="govuk-service-navigation__list">
              {me ? (
                <>
                  <NavigationLink to="/" text="Dashboard" />
                  <NavigationLink to="/actions" text="Actions" />
                  <NavigationLink to="/partners" text="Partners" />
                  <NavigationLink to="/coverage" text="Coverage" />
                  <NavigationLink to="/escalations" text="Board queue" />
                  <NavigationLink to="/decisions" text="Decision log" />
                  <NavigationLink to="/reviews" text="Reviews" />
                  <NotificationsLink />
                  {me.permissions.includes(Permission.AdminManage) && (
                    <>
                      <NavigationLink to="/admin/setup" text="Set up" also={['/admin/strategy', '/admin/priorities', '/admin/bodies', '/admin/subscriptions']} />
                      <NavigationLink to="/admin/users" text="People" />
                      <NavigationLink to="/admin/audit" text="Audit trail" />
                      <NavigationLink to="/admin/import" text="Import" />
                    </>
                  )}
                  <NavigationLink to="/account" text="Your account" />
                  <li className="govuk-service-navigation__item">
                    <SignOutButton className="govuk-service-navigation__link app-service-navigation__button" />
                  </li>
                </>
              ) : (
                <NavigationLink to="/sign-in" text="Sign in" />
              )}
            </ul>
          </nav>
        </div>
      </div>
    </div>
  );
}

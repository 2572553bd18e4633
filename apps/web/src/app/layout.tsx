import { useEffect, useRef } from 'react';
import { Link, Outlet, ScrollRestoration, useLocation } from 'react-router';
import { focusProgrammatically } from '../components/focus';
import { SkipLink } from '../components/skip-link';
import { SERVICE_NAME } from '../lib/document-title';
import { ServiceNavigation } from './service-navigation';

const MAIN_ID = 'main-content';

/** After moving to another page, focus its heading unless the page already put focus somewhere in it. */
function useFocusOnPageChange(): void {
  const { pathname } = useLocation();
  const shownPath = useRef(pathname);
  useEffect(() => {
    if (shownPath.current === pathname) return;
    shownPath.current = pathname;
    const main = document.getElementById(MAIN_ID);
    if (!main || main.contains(document.activeElement)) return;
    focusProgrammatically(main.querySelector('h1') ?? main);
  }, [pathname]);
}

export function Layout() {
  useFocusOnPageChange();
  return (
    <>
      <SkipLink targetId={MAIN_ID} />
      <header className="govuk-template__header">
        <div className="govuk-generic-header">
          <div className="govuk-generic-header__container govuk-width-container">
            <div className="govuk-generic-header__logo">
              <Link to="/" className="govuk-generic-header__homepage-link">
                {SERVICE_NAME}
              </Link>
            </div>
          </div>
        </div>
        <ServiceNavigation />
      </header>
      <div className="govuk-width-container">
        <div className="govuk-phase-banner">
          <p className="govuk-phase-banner__content">
            <strong className="govuk-tag govuk-phase-banner__content__tag">Beta</strong>
            <span className="govuk-phase-banner__text">This is a new service. We are still improving it.</span>
          </p>
        </div>
        <main className="govuk-main-wrapper" id={MAIN_ID}>
          <Outlet />
        </main>
      </div>
      <footer className="govuk-template__footer">
        <div className="govuk-footer">
          <div className="govuk-width-container">
            <div className="govuk-footer__meta">
              <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
                <h2 className="govuk-visually-hidden">Support links</h2>
                <ul className="govuk-footer__inline-list">
                  <li className="govuk-footer__inline-list-item">
                    <Link className="govuk-footer__link" to="/accessibility">
                      Accessibility statement
                    </Link>
                  </li>
                </ul>
              </div>
            </div>
          </div>
        </div>
      </footer>
      <ScrollRestoration />
    </>
  );
}

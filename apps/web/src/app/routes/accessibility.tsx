import { useDocumentTitle } from '../../lib/document-title';

const REPORT_EMAIL = 'accessibility@steerline.example';

export function AccessibilityPage() {
  useDocumentTitle('Accessibility statement');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Accessibility statement for Steerline</h1>
        <p className="govuk-body">
          This statement applies to Steerline, the service a council and its partners use to track the action plan of a strategy.
        </p>
        <p className="govuk-body">We want as many people as possible to be able to use this service. For example, you should be able to:</p>
        <ul className="govuk-list govuk-list--bullet">
          <li>change colours, contrast levels and fonts using browser or device settings</li>
          <li>zoom in up to 400% without the text spilling off the screen</li>
          <li>use the whole service with a keyboard alone</li>
          <li>use the service with a screen reader, such as JAWS, NVDA or VoiceOver</li>
        </ul>

        <h2 className="govuk-heading-m">How accessible this service is</h2>
        <p className="govuk-body">
          We aim to meet the Web Content Accessibility Guidelines (WCAG) version 2.2 at level AA. The service is built with the GOV.UK
          Design System, and every page is checked with automated accessibility tests and with a keyboard before each release.
        </p>
        <p className="govuk-body">
          The service has not yet been audited by an independent accessibility specialist, so there may be problems we do not know about.
        </p>

        <h2 className="govuk-heading-m">Reporting accessibility problems with this service</h2>
        <p className="govuk-body">
          If you find a problem that is not listed on this page, or you need information in a different format, email{' '}
          <a className="govuk-link" href={`mailto:${REPORT_EMAIL}`}>
            {REPORT_EMAIL}
          </a>
          . Tell us the web address of the page, what you were trying to do and what went wrong. We will reply within 5 working days.
        </p>

        <h2 className="govuk-heading-m">Enforcement procedure</h2>
        <p className="govuk-body">
          The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites and Mobile
          Applications) (No. 2) Accessibility Regulations 2018 (the ‘accessibility regulations’). If you are not happy with how we respond to
          your complaint,{' '}
          <a className="govuk-link" href="https://www.equalityadvisoryservice.com/">
            contact the Equality Advisory and Support Service (EASS)
          </a>
          .
        </p>

        <h2 className="govuk-heading-m">Compliance status</h2>
        <p className="govuk-body">
          This service is partially compliant with the WCAG version 2.2 AA standard, because it has not yet been fully audited against it.
          We know of no failures at present; any we find will be listed here, with when we plan to fix them.
        </p>

        <h2 className="govuk-heading-m">Preparation of this accessibility statement</h2>
        <p className="govuk-body">This statement was prepared on 27 November 2026. It was last reviewed on 27 November 2026.</p>
      </div>
    </div>
  );
}

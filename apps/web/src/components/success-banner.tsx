import { useEffect, useId, useRef } from 'react';
import { focusProgrammatically } from './focus';

/** GOV.UK's success notification banner; like GOV.UK Frontend's, it takes focus when it appears. */
export function SuccessBanner({ heading }: { heading: string }) {
  const titleId = useId();
  const banner = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (banner.current) focusProgrammatically(banner.current);
  }, []);
  return (
    <div className="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby={titleId} ref={banner}>
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={titleId}>
          Success
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{heading}</p>
      </div>
    </div>
  );
}

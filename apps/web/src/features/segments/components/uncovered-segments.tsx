import type { SegmentCoverage } from '@steerline/contracts';
import { useId } from 'react';

/**
 * Priority 2 of the strategy made visible: the segments with a very low propensity to self-serve that no live action
 * targets. When every such segment is reached, says so instead.
 */
export function UncoveredSegments({ segments }: { segments: SegmentCoverage[] }) {
  const titleId = useId();
  const uncovered = segments.filter((segment) => segment.uncovered);
  if (uncovered.length === 0) {
    return (
      <div className="govuk-inset-text">
        Every population segment with a very low propensity to self-serve is targeted by at least one live action.
      </div>
    );
  }
  return (
    <div className="govuk-notification-banner" role="region" aria-labelledby={titleId}>
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={titleId}>
          Important
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">No live action targets:</p>
        <ul className="govuk-list govuk-list--bullet">
          {uncovered.map((segment) => (
            <li key={segment.id}>{segment.name}</li>
          ))}
        </ul>
        <p className="govuk-body">
          {uncovered.length === 1 ? 'This group has' : 'These groups have'} a very low propensity to self-serve. Priority 2 of the strategy is
          to target digital access and support to the most vulnerable groups.
        </p>
      </div>
    </div>
  );
}

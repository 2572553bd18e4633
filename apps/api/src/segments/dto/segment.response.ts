import type { LiveActionRef, Segment, SegmentCoverage } from '@steerline/contracts';
import type { SegmentRow } from '../segments.queries.js';

export const toSegment = (row: SegmentRow): Segment => ({
  id: row.id,
  name: row.name,
  householdShare: Number(row.household_share),
  veryLowPropensity: row.very_low_propensity,
  description: row.description,
  retired: row.retired,
  version: row.version,
});

export const toSegmentCoverage = (row: SegmentRow & { live_actions: LiveActionRef[] }): SegmentCoverage => ({
  ...toSegment(row),
  liveActions: row.live_actions,
  uncovered: row.very_low_propensity && !row.retired && row.live_actions.length === 0,
});

/** The fields an audit row records for a segment. */
export const auditedSegment = (segment: Segment) => ({
  name: segment.name,
  householdShare: segment.householdShare,
  veryLowPropensity: segment.veryLowPropensity,
  description: segment.description,
  retired: segment.retired,
});

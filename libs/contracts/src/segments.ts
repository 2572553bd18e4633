import type { LiveActionRef } from './partners.js';

/** A group of residents from the population analysis. */
export interface Segment {
  id: string;
  name: string;
  /** Percentage of households, 0-100, up to two decimals. */
  householdShare: number;
  /** Very low propensity to self-serve: the groups the strategy most needs to reach. */
  veryLowPropensity: boolean;
  description: string;
  /** Retired segments keep their actions and history but are not offered for new records. */
  retired: boolean;
  version: number;
}

export interface CreateSegmentRequest {
  name: string;
  householdShare: number;
  veryLowPropensity?: boolean;
  description?: string;
}

export interface UpdateSegmentRequest extends Partial<CreateSegmentRequest> {
  version: number;
}

/**
 * One row of the coverage view. Rows come ordered: uncovered very-low-propensity segments first,
 * then very-low-propensity before the rest, then by household share, largest first.
 */
export interface SegmentCoverage extends Segment {
  /** Live actions (not complete or cancelled) that target the segment. */
  liveActions: LiveActionRef[];
  /** True for a very-low-propensity segment that no live action targets: the warning to show. */
  uncovered: boolean;
}

import type { PriorityRef, Ref } from './actions.js';
import type { BodyKind } from './bodies.js';
import type { BodySummary } from './people.js';

/** The strategy the action plan belongs to. One per Steerline until the Corporate Plan work adds more. */
export interface Strategy {
  id: string;
  title: string;
  /** Upper-case letters that start every action's reference (`DI` in `DI-001`). */
  referencePrefix: string;
  /** ISO `YYYY-MM-DD`; either may be unknown. */
  periodStart: string | null;
  periodEnd: string | null;
  /** What the strategy sets out to achieve. */
  vision: string;
  /** The governance body that owns the strategy, if one has been chosen. */
  owningBody: Ref | null;
  version: number;
}

/** GET /strategy/current: answered 200 before an administrator has set the strategy up too, so a first visit logs no error. */
export interface CurrentStrategy {
  strategy: Strategy | null;
}

export interface CreateStrategyRequest {
  title: string;
  referencePrefix: string;
  periodStart?: string | null;
  periodEnd?: string | null;
  vision: string;
  owningBodyId?: string | null;
}

export interface UpdateStrategyRequest extends Partial<CreateStrategyRequest> {
  version: number;
}

/** A numbered priority of the strategy, as its set-up page and every picker read it. */
export interface Priority extends PriorityRef {
  description: string;
  /** Where it comes in lists: lower first, then by number. */
  displayOrder: number;
  /** Retired priorities keep their actions and history but are not offered for new records. */
  retired: boolean;
  version: number;
}

export interface CreatePriorityRequest {
  number: number;
  title: string;
  description?: string;
  /** Defaults to the number. */
  displayOrder?: number;
}

export interface UpdatePriorityRequest extends Partial<CreatePriorityRequest> {
  version: number;
}

/** Retiring a priority, body or segment: the version it was based on, as for any edit. */
export interface RetireRequest {
  version: number;
}

/** A member of a body, as the body's page lists them (each links to the person's page in People admin). */
export interface BodyMember {
  id: string;
  name: string;
  email: string;
  isActive: boolean;
}

export interface BodyDetail extends BodySummary {
  members: BodyMember[];
}

export interface CreateBodyRequest {
  name: string;
  kind: BodyKind;
  remit?: string;
  /** The body this one reports to; a chain that leads back to the body itself is refused. */
  reportsToId?: string | null;
}

export interface UpdateBodyRequest extends Partial<CreateBodyRequest> {
  version: number;
}

/** The steps of the first-run checklist, in the order an administrator does them. */
export const SetupStepKey = {
  Strategy: 'strategy',
  Priorities: 'priorities',
  Bodies: 'bodies',
  Segments: 'segments',
  People: 'people',
  Actions: 'actions',
} as const;
export type SetupStepKey = (typeof SetupStepKey)[keyof typeof SetupStepKey];

export interface SetupStep {
  key: SetupStepKey;
  done: boolean;
  /** Strategies (0 or 1), live priorities, bodies and segments, people who are not administrators, actions. */
  count: number;
}

/** GET /setup: what an administrator has done of setting Steerline up, and what is left. */
export interface SetupProgress {
  steps: SetupStep[];
  /** Every step is done. */
  complete: boolean;
}

import { BODY_KIND_LABELS, BODY_KINDS, type BodyKind } from '@steerline/contracts';

/** What each kind of body may do, in a line: the rights come from the kind, in code. */
export const BODY_KIND_HINTS: Record<BodyKind, string> = {
  leadership_team: 'Oversees the strategy and signs off review cycles',
  channel_shift_board: 'Monitors progress, decides escalations and manages review cycles',
  internal_working_group: 'Council staff who create and deliver actions',
  external_steering_group: 'Partners who deliver actions of their own body',
};

export const BODY_KIND_CHOICES = BODY_KINDS.map((kind) => ({ value: kind, text: BODY_KIND_LABELS[kind], hint: BODY_KIND_HINTS[kind] }));

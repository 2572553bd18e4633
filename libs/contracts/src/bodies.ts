/** The governance roles a body can play; bodies themselves are data, their role decides their rights. */
export const BodyKind = {
  LeadershipTeam: 'leadership_team',
  ChannelShiftBoard: 'channel_shift_board',
  InternalWorkingGroup: 'internal_working_group',
  ExternalSteeringGroup: 'external_steering_group',
} as const;
export type BodyKind = (typeof BodyKind)[keyof typeof BodyKind];

export const BODY_KINDS: readonly BodyKind[] = Object.values(BodyKind);

export const BODY_KIND_LABELS: Record<BodyKind, string> = {
  leadership_team: 'Leadership team',
  channel_shift_board: 'Board',
  internal_working_group: 'Working group',
  external_steering_group: 'Partnership group',
};

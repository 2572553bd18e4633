import { BodyKind, type BodyMembership } from '@steerline/contracts';

const ROLE_IN_STRATEGY: Record<BodyKind, string> = {
  [BodyKind.LeadershipTeam]: 'Overall responsibility for the strategy; signs off the six-monthly reviews',
  [BodyKind.ChannelShiftBoard]: 'Monitors progress of the actions and agrees any escalation',
  [BodyKind.InternalWorkingGroup]: 'Helps form the strategy; digital ambassadors inside the council',
  [BodyKind.ExternalSteeringGroup]: 'Partners who help form and deliver the strategy in the area',
};

export function YourBodies({ bodies }: { bodies: BodyMembership[] }) {
  if (bodies.length === 0) return <p className="govuk-body">You are not a member of any governance body yet.</p>;
  return (
    <dl className="govuk-summary-list">
      {bodies.map((body) => (
        <div className="govuk-summary-list__row" key={body.id}>
          <dt className="govuk-summary-list__key">{body.name}</dt>
          <dd className="govuk-summary-list__value">{ROLE_IN_STRATEGY[body.kind]}</dd>
        </div>
      ))}
    </dl>
  );
}

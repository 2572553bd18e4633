import type { BodyMember } from '@steerline/contracts';
import { Link } from 'react-router';

/** Who is in the body, each linking to their page in People, where memberships are changed. */
export function BodyMembers({ members }: { members: BodyMember[] }) {
  return (
    <section aria-labelledby="members-heading">
      <h2 id="members-heading" className="govuk-heading-m">
        Members
      </h2>
      {members.length === 0 ? (
        <p className="govuk-body">Nobody is a member yet.</p>
      ) : (
        <ul className="govuk-list">
          {members.map((member) => (
            <li key={member.id}>
              <Link className="govuk-link" to={`/admin/users/${member.id}`}>
                {member.name}
              </Link>{' '}
              ({member.email}){!member.isActive && ' – deactivated'}
            </li>
          ))}
        </ul>
      )}
      <p className="govuk-body">To add someone to this body or take them out, change the bodies on their page in People.</p>
    </section>
  );
}

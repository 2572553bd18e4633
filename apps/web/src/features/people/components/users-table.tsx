import type { AdminUser, InvitedUser } from '@steerline/contracts';
import { Link } from 'react-router';
import { TableRegion } from '../../../components/table-region';
import './people.css';
import { ResendInvitationButton } from './resend-invitation-button';
import { UserStatusTag } from './user-status-tag';

export function UsersTable({ users, onInvitationResent }: { users: AdminUser[]; onInvitationResent: (user: InvitedUser) => void }) {
  if (users.length === 0) return <p className="govuk-body">No one has been added yet.</p>;
  return (
    <TableRegion label="People">
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">People who can sign in to Steerline</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Name
            </th>
            <th scope="col" className="govuk-table__header">
              Email address
            </th>
            <th scope="col" className="govuk-table__header">
              Governance bodies
            </th>
            <th scope="col" className="govuk-table__header">
              Partner
            </th>
            <th scope="col" className="govuk-table__header">
              Administrator
            </th>
            <th scope="col" className="govuk-table__header">
              Status
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {users.map((user) => (
            <tr className="govuk-table__row" key={user.id}>
              <th scope="row" className="govuk-table__header">
                <Link className="govuk-link" to={`/admin/users/${user.id}`}>
                  {user.name}
                </Link>
              </th>
              <td className="govuk-table__cell app-break-words">{user.email}</td>
              <td className="govuk-table__cell">
                {user.bodies.length === 0 ? (
                  'None'
                ) : (
                  <ul className="govuk-list govuk-!-margin-bottom-0">
                    {user.bodies.map((body) => (
                      <li key={body.id}>{body.name}</li>
                    ))}
                  </ul>
                )}
              </td>
              <td className="govuk-table__cell">{user.partner?.name ?? 'None'}</td>
              <td className="govuk-table__cell">{user.isAdmin ? 'Yes' : 'No'}</td>
              <td className="govuk-table__cell">
                <UserStatusTag status={user.status} />
                {user.status === 'invited' && (
                  <div className="govuk-!-margin-top-2">
                    <ResendInvitationButton user={user} onResent={onInvitationResent} />
                  </div>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}

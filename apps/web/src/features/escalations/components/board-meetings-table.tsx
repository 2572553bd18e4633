import type { BoardMeetingSummary } from '@steerline/contracts';
import { Link } from 'react-router';
import { TableRegion } from '../../../components/table-region';
import { formatDateUtc } from '../../../lib/format-date';

export function BoardMeetingsTable({ meetings }: { meetings: BoardMeetingSummary[] }) {
  if (meetings.length === 0) return <p className="govuk-body">There are no board meetings yet.</p>;
  return (
    <TableRegion label="Board meetings">
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">Board meetings</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">Date</th>
            <th scope="col" className="govuk-table__header">Meeting</th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">Agenda items</th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {meetings.map((meeting) => (
            <tr className="govuk-table__row" key={meeting.id}>
              <td className="govuk-table__cell">{formatDateUtc(meeting.meetingDate)}</td>
              <th scope="row" className="govuk-table__header">
                <Link className="govuk-link" to={`/board-meetings/${meeting.id}`}>
                  {meeting.title}
                </Link>
              </th>
              <td className="govuk-table__cell govuk-table__cell--numeric">{meeting.agendaCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}

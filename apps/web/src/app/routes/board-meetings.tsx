import { Permission } from '@steerline/contracts';
import { useNavigate } from 'react-router';
import { ErrorSummary } from '../../components/error-summary';
import { useMe } from '../../features/auth/api/get-me';
import { useCreateBoardMeeting } from '../../features/escalations/api/create-board-meeting';
import { useBoardMeetings } from '../../features/escalations/api/get-board-meetings';
import { BOARD_MEETING_FIELDS, BoardMeetingForm } from '../../features/escalations/components/board-meeting-form';
import { BoardMeetingsTable } from '../../features/escalations/components/board-meetings-table';
import { describeLabelledFormErrors } from '../../lib/form-errors';
import { useDocumentTitle } from '../../lib/document-title';
import type { FlashState } from '../../lib/flash-message';

const TITLE = 'Board meetings';

/** `/board-meetings`: the channel shift board's meetings, and for board members a form to add one. */
export function BoardMeetingsPage() {
  const { data: me } = useMe();
  const mayDecide = me?.permissions.includes(Permission.EscalationDecide) ?? false;
  const meetings = useBoardMeetings();
  const create = useCreateBoardMeeting();
  const navigate = useNavigate();
  const errors = create.isError ? describeLabelledFormErrors(create.error, BOARD_MEETING_FIELDS) : undefined;
  useDocumentTitle(errors ? `Error: ${TITLE}` : TITLE);

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {errors && <ErrorSummary key={create.submittedAt} items={errors.summary} />}
        <h1 className="govuk-heading-l">{TITLE}</h1>
        <p className="govuk-body">The channel shift board decides escalations at its meetings.</p>
        {meetings.isError ? (
          <p className="govuk-body">Sorry, the meetings could not be loaded. Try again later.</p>
        ) : !meetings.data ? (
          <p className="govuk-body">Loading the meetings.</p>
        ) : (
          <BoardMeetingsTable meetings={meetings.data} />
        )}
        {mayDecide && (
          <>
            <h2 className="govuk-heading-m">Add a board meeting</h2>
            <BoardMeetingForm
              errors={errors}
              submitting={create.isPending}
              onSubmit={(request) =>
                create.mutate(request, {
                  onSuccess: (meeting) => {
                    const state: FlashState = { flash: 'Board meeting added' };
                    navigate(`/board-meetings/${meeting.id}`, { state });
                  },
                })
              }
            />
          </>
        )}
      </div>
    </div>
  );
}

import { Permission, type BoardMeeting } from '@steerline/contracts';
import { useRef } from 'react';
import { Link, useParams } from 'react-router';
import { ErrorSummary } from '../../components/error-summary';
import { useFocusHeadingIfLost } from '../../components/focus-heading';
import { StaleVersionNotice } from '../../components/stale-version-notice';
import { SuccessBanner } from '../../components/success-banner';
import { TableRegion } from '../../components/table-region';
import { useMe } from '../../features/auth/api/get-me';
import { useAddAgendaItem } from '../../features/escalations/api/add-agenda-item';
import { useBoardMeeting } from '../../features/escalations/api/get-board-meeting';
import { useWholeQueue } from '../../features/escalations/api/get-queue';
import { AgendaForm } from '../../features/escalations/components/agenda-form';
import { describeLabelledFormErrors, isStaleOrConflict } from '../../lib/form-errors';
import { formatDateUtc } from '../../lib/format-date';
import { EscalationStatusTag, UrgencyTag } from '../../features/escalations/labels';
import { useDocumentTitle } from '../../lib/document-title';
import { useFlashMessage } from '../../lib/flash-message';
import { QueryPage } from '../query-page';

const NO_FILTERS = { urgency: [], priority: [], body: [] };

/** `/board-meetings/:id`: a board meeting's agenda, and for board members a form to add an escalation to it. */
export function BoardMeetingDetailPage() {
  const { id = '' } = useParams();
  const meeting = useBoardMeeting(id);
  return <QueryPage query={meeting}>{(data) => <MeetingView meeting={data} refetch={meeting.refetch} />}</QueryPage>;
}

const AGENDA_FIELDS = { escalationId: { inputId: 'agenda-escalation', label: 'Escalation' } };

function MeetingView({ meeting, refetch }: { meeting: BoardMeeting; refetch: () => Promise<unknown> }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusHeadingIfLost(heading);
  const flash = useFlashMessage();
  const { data: me } = useMe();
  const mayDecide = me?.permissions.includes(Permission.EscalationDecide) ?? false;
  const add = useAddAgendaItem();
  const stale = add.isError && isStaleOrConflict(add.error);
  const errors = add.isError && !stale ? describeLabelledFormErrors(add.error, AGENDA_FIELDS) : undefined;
  useDocumentTitle(errors ? `Error: ${meeting.title}` : meeting.title);

  const reload = async () => {
    await refetch();
    add.reset();
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link to="/board-meetings" className="govuk-back-link">
          Back to board meetings
        </Link>
        {add.isSuccess ? <SuccessBanner key={add.submittedAt} heading="Added to the agenda" /> : flash && <SuccessBanner heading={flash} />}
        {errors && <ErrorSummary key={add.submittedAt} items={errors.summary} />}
        {stale && <StaleVersionNotice what="escalation" onReload={() => void reload()} />}
        <span className="govuk-caption-l">Board meeting, {formatDateUtc(meeting.meetingDate)}</span>
        <h1 className="govuk-heading-l" ref={heading} tabIndex={-1}>
          {meeting.title}
        </h1>
        <h2 className="govuk-heading-m">Agenda</h2>
        {meeting.agenda.length === 0 ? (
          <p className="govuk-body">Nothing is on the agenda yet.</p>
        ) : (
          <TableRegion label="Agenda">
            <table className="govuk-table">
              <caption className="govuk-table__caption govuk-table__caption--s govuk-visually-hidden">Escalations on the agenda</caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">Escalation</th>
                  <th scope="col" className="govuk-table__header">Urgency</th>
                  <th scope="col" className="govuk-table__header">Status</th>
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {meeting.agenda.map((escalation) => (
                  <tr className="govuk-table__row" key={escalation.id}>
                    <th scope="row" className="govuk-table__header">
                      <Link className="govuk-link" to={`/escalations/${escalation.id}`}>
                        {escalation.action.reference}: {escalation.action.title}
                      </Link>
                      <span className="govuk-body-s govuk-!-display-block govuk-!-font-weight-regular govuk-!-margin-bottom-0 app-escalation-text">{escalation.decisionSought}</span>
                    </th>
                    <td className="govuk-table__cell">
                      <UrgencyTag urgency={escalation.urgency} />
                    </td>
                    <td className="govuk-table__cell">
                      <EscalationStatusTag status={escalation.status} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        )}
        {mayDecide && !stale && <AddToAgenda meeting={meeting} errors={errors?.fields.escalationId} submitting={add.isPending} onAdd={(request) => add.mutate({ meetingId: meeting.id, request })} />}
        <p className="govuk-body">
          <Link className="govuk-link" to={`/decisions`}>
            See the decision log
          </Link>
        </p>
      </div>
    </div>
  );
}

function AddToAgenda({
  meeting,
  errors,
  submitting,
  onAdd,
}: {
  meeting: BoardMeeting;
  errors?: string;
  submitting: boolean;
  onAdd: (request: { escalationId: string; version: number }) => void;
}) {
  const queue = useWholeQueue(NO_FILTERS);
  const onAgenda = new Set(meeting.agenda.map((escalation) => escalation.id));
  const choices = (queue.data ?? []).filter((escalation) => (escalation.status === 'open' || escalation.status === 'under_review') && !onAgenda.has(escalation.id));
  return (
    <>
      <h2 className="govuk-heading-m">Add an escalation to the agenda</h2>
      {queue.isError ? (
        <p className="govuk-body">Sorry, the board queue could not be loaded. Try again later.</p>
      ) : !queue.data ? (
        <p className="govuk-body">Loading the board queue.</p>
      ) : (
        <AgendaForm key={choices.map((escalation) => escalation.id).join()} escalations={choices} error={errors} submitting={submitting} onSubmit={onAdd} />
      )}
    </>
  );
}

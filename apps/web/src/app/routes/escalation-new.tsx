import { Permission, type ActionDetail } from '@steerline/contracts';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorSummary } from '../../components/error-summary';
import { useAction } from '../../features/actions/api/get-action';
import { useMe } from '../../features/auth/api/get-me';
import { useRaiseEscalation } from '../../features/escalations/api/raise-escalation';
import { RAISE_FIELDS, RaiseEscalationForm } from '../../features/escalations/components/raise-escalation-form';
import { describeLabelledFormErrors } from '../../lib/form-errors';
import { useDocumentTitle } from '../../lib/document-title';
import type { FlashState } from '../../lib/flash-message';
import { QueryPage } from '../query-page';

const TITLE = 'Raise an escalation';

/** `/actions/:id/escalations/new`: asks the channel shift board for a decision the action needs. */
export function NewEscalationPage() {
  const { id = '' } = useParams();
  const action = useAction(id);
  return <QueryPage query={action}>{(data) => <RaiseView action={data} />}</QueryPage>;
}

function RaiseView({ action }: { action: ActionDetail }) {
  const { data: me } = useMe();
  const raise = useRaiseEscalation();
  const navigate = useNavigate();
  const errors = raise.isError ? describeLabelledFormErrors(raise.error, RAISE_FIELDS) : undefined;
  useDocumentTitle(errors ? `Error: ${TITLE}` : TITLE);
  const path = `/actions/${action.id}`;
  const mayRaise = me?.permissions.includes(Permission.EscalationRaise) ?? false;

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link to={path} className="govuk-back-link">
          Back to {action.reference}
        </Link>
        {errors && <ErrorSummary key={raise.submittedAt} items={errors.summary} />}
        <span className="govuk-caption-l">
          {action.reference}: {action.title}
        </span>
        <h1 className="govuk-heading-l">{mayRaise ? TITLE : 'You cannot raise an escalation'}</h1>
        {mayRaise ? (
          <>
            <p className="govuk-body">The channel shift board will review it and record its decision. You will get a notification when it does.</p>
            <RaiseEscalationForm
              errors={errors}
              submitting={raise.isPending}
              onSubmit={(request) =>
                raise.mutate(
                  { actionId: action.id, request },
                  {
                    onSuccess: (escalation) => {
                      const state: FlashState = { flash: 'Escalation raised' };
                      navigate(`/escalations/${escalation.id}`, { state });
                    },
                  },
                )
              }
            />
          </>
        ) : (
          <p className="govuk-body">Your account does not allow raising escalations.</p>
        )}
      </div>
    </div>
  );
}

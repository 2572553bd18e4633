import { Permission, type RiskDetail } from '@steerline/contracts';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorSummary } from '../../components/error-summary';
import { Select } from '../../components/select';
import { useMe } from '../../features/auth/api/get-me';
import { RAISE_FIELDS, RaiseEscalationForm } from '../../features/escalations/components/raise-escalation-form';
import { useRisk } from '../../features/risks/api/get-risk';
import { useRaiseRiskEscalation } from '../../features/risks/api/raise-risk-escalation';
import { useDocumentTitle } from '../../lib/document-title';
import type { FlashState } from '../../lib/flash-message';
import { describeLabelledFormErrors } from '../../lib/form-errors';
import { QueryPage } from '../query-page';

const TITLE = 'Raise an escalation from a risk';
const FIELDS = { actionId: { inputId: 'actionId', label: 'Action' }, ...RAISE_FIELDS };

/** `/risks/:id/escalations/new`: asks the board for a decision the risk needs, on one of the actions it is linked to. */
export function NewRiskEscalationPage() {
  const { id = '' } = useParams();
  const risk = useRisk(id);
  return <QueryPage query={risk}>{(data) => <RaiseView risk={data} />}</QueryPage>;
}

function RaiseView({ risk }: { risk: RiskDetail }) {
  const { data: me } = useMe();
  const raise = useRaiseRiskEscalation();
  const navigate = useNavigate();
  const [actionId, setActionId] = useState(risk.actions.length === 1 ? risk.actions[0].id : '');
  const errors = raise.isError ? describeLabelledFormErrors(raise.error, FIELDS) : undefined;
  useDocumentTitle(errors ? `Error: ${TITLE}` : TITLE);
  const mayRaise = risk.can.raiseEscalation && (me?.permissions.includes(Permission.EscalationRaise) ?? false);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link to={`/risks/${risk.id}`} className="govuk-back-link">
          Back to {risk.reference}
        </Link>
        {errors && <ErrorSummary key={raise.submittedAt} items={errors.summary} />}
        <span className="govuk-caption-l">
          {risk.reference}: {risk.title}
        </span>
        <h1 className="govuk-heading-l">{mayRaise ? TITLE : 'You cannot raise an escalation from this risk'}</h1>
        {mayRaise ? (
          <>
            <p className="govuk-body">The channel shift board decides about actions, so choose the linked action the decision is about. The escalation names this risk.</p>
            <Select
              id="actionId"
              name="actionId"
              label="Action"
              value={actionId}
              onChange={(event) => setActionId(event.target.value)}
              error={errors?.fields.actionId}
              options={[{ value: '', text: 'Choose an action' }, ...risk.actions.map((action) => ({ value: action.id, text: `${action.reference}: ${action.title}` }))]}
            />
            <RaiseEscalationForm
              errors={errors}
              submitting={raise.isPending}
              onSubmit={(request) =>
                raise.mutate(
                  { riskId: risk.id, request: { ...request, actionId } },
                  { onSuccess: (escalation) => navigate(`/escalations/${escalation.id}`, { state: { flash: 'Escalation raised' } satisfies FlashState }) },
                )
              }
            />
          </>
        ) : (
          <p className="govuk-body">An escalation can be raised from a risk that is not closed and is linked to at least one action.</p>
        )}
      </div>
    </div>
  );
}

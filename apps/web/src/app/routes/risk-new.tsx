import { Permission } from '@steerline/contracts';
import { Link, useNavigate } from 'react-router';
import { ErrorSummary } from '../../components/error-summary';
import { useMe } from '../../features/auth/api/get-me';
import { useCreateRisk } from '../../features/risks/api/save-risk';
import { emptyRiskValues, RISK_FIELDS, RiskForm, toCreateRiskRequest } from '../../features/risks/components/risk-form';
import { useDocumentTitle } from '../../lib/document-title';
import type { FlashState } from '../../lib/flash-message';
import { describeLabelledFormErrors } from '../../lib/form-errors';

const TITLE = 'Add a risk';

/** `/risks/new`. */
export function NewRiskPage() {
  const { data: me } = useMe();
  const create = useCreateRisk();
  const navigate = useNavigate();
  const errors = create.isError ? describeLabelledFormErrors(create.error, RISK_FIELDS) : undefined;
  useDocumentTitle(errors ? `Error: ${TITLE}` : TITLE);
  const mayCreate = me?.permissions.includes(Permission.RiskCreate) ?? false;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link to="/risks" className="govuk-back-link">
          Back to the risk register
        </Link>
        {errors && <ErrorSummary key={create.submittedAt} items={errors.summary} />}
        <h1 className="govuk-heading-l">{mayCreate ? TITLE : 'You cannot add risks'}</h1>
        {mayCreate ? (
          <RiskForm
            mode="create"
            initial={emptyRiskValues()}
            errors={errors}
            submitting={create.isPending}
            onSubmit={(values) =>
              create.mutate(toCreateRiskRequest(values), {
                onSuccess: (risk) => {
                  const state: FlashState = { flash: `${risk.reference} added to the register` };
                  navigate(`/risks/${risk.id}`, { state });
                },
              })
            }
          />
        ) : (
          <p className="govuk-body">Members of the external digital steering group can review the risks they own, but not add risks.</p>
        )}
      </div>
    </div>
  );
}

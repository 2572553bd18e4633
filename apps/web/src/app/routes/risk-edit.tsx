import type { RiskDetail } from '@steerline/contracts';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorSummary } from '../../components/error-summary';
import { StaleVersionNotice, useReloadLatest } from '../../components/stale-version-notice';
import { useRisk } from '../../features/risks/api/get-risk';
import { useUpdateRisk } from '../../features/risks/api/save-risk';
import { RISK_FIELDS, RiskForm, riskValuesOf, toUpdateRiskRequest } from '../../features/risks/components/risk-form';
import { useDocumentTitle } from '../../lib/document-title';
import type { FlashState } from '../../lib/flash-message';
import { describeLabelledFormErrors, isStaleVersion } from '../../lib/form-errors';
import { QueryPage } from '../query-page';

/** `/risks/:id/edit`: its owner or an admin changes what the risk is; a review changes its score and status. */
export function EditRiskPage() {
  const { id = '' } = useParams();
  const risk = useRisk(id);
  return <QueryPage query={risk}>{(data) => <EditView risk={data} refetch={risk.refetch} />}</QueryPage>;
}

function EditView({ risk, refetch }: { risk: RiskDetail; refetch: () => Promise<unknown> }) {
  const update = useUpdateRisk();
  const navigate = useNavigate();
  const stale = update.isError && isStaleVersion(update.error);
  const errors = update.isError && !stale ? describeLabelledFormErrors(update.error, RISK_FIELDS) : undefined;
  const title = `Edit ${risk.reference}`;
  useDocumentTitle(errors ? `Error: ${title}` : title);
  const { reload, reloading } = useReloadLatest({ refetch, onReloaded: () => update.reset(), focusId: 'title' });
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link to={`/risks/${risk.id}`} className="govuk-back-link">
          Back to {risk.reference}
        </Link>
        {stale && <StaleVersionNotice what="risk" onReload={reload} reloading={reloading} />}
        {errors && <ErrorSummary key={update.submittedAt} items={errors.summary} />}
        <span className="govuk-caption-l">{risk.reference}</span>
        <h1 className="govuk-heading-l">{risk.can.edit ? 'Edit the risk' : 'You cannot edit this risk'}</h1>
        {risk.can.edit ? (
          <RiskForm
            key={risk.version}
            mode="edit"
            initial={riskValuesOf(risk)}
            errors={errors}
            submitting={update.isPending}
            onSubmit={(values) =>
              update.mutate(
                { id: risk.id, request: toUpdateRiskRequest(values, risk) },
                { onSuccess: () => navigate(`/risks/${risk.id}`, { state: { flash: 'Risk saved' } satisfies FlashState }) },
              )
            }
          />
        ) : (
          <p className="govuk-body">Only the risk owner or an administrator can edit an open risk.</p>
        )}
      </div>
    </div>
  );
}

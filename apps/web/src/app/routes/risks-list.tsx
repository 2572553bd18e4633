import { Permission, RISK_STATUS_LABELS, RISK_STATUSES, type RiskStatus } from '@steerline/contracts';
import { useSearchParams } from 'react-router';
import { ButtonLink } from '../../features/actions/components/button-link';
import { useMe } from '../../features/auth/api/get-me';
import { useRisks } from '../../features/risks/api/get-risks';
import { RiskHeatMap } from '../../features/risks/components/risk-heat-map';
import { RisksTable } from '../../features/risks/components/risks-table';
import { useDocumentTitle } from '../../lib/document-title';
import { QueryPage } from '../query-page';

const isStatus = (value: string | null): value is RiskStatus => RISK_STATUSES.includes(value as RiskStatus);

/** `/risks`: the strategy's risk register, highest score first, with its heat map; `?status=` shows one status. */
export function RisksListPage() {
  useDocumentTitle('Risk register');
  const [search] = useSearchParams();
  const raw = search.get('status');
  const status = isStatus(raw) ? raw : undefined;
  const risks = useRisks(status);
  const { data: me } = useMe();
  const mayCreate = me?.permissions.includes(Permission.RiskCreate) ?? false;
  return (
    <>
      <h1 className="govuk-heading-l">Risk register</h1>
      {mayCreate && (
        <ButtonLink to="/risks/new">
          Add a risk
        </ButtonLink>
      )}
      <form method="get" action="/risks" className="govuk-!-margin-bottom-6">
        <div className="govuk-form-group">
          <label className="govuk-label" htmlFor="status">
            Status
          </label>
          <select className="govuk-select" id="status" name="status" defaultValue={status ?? ''} key={status ?? ''}>
            <option value="">All statuses</option>
            {RISK_STATUSES.map((value) => (
              <option value={value} key={value}>
                {RISK_STATUS_LABELS[value]}
              </option>
            ))}
          </select>{' '}
          <button type="submit" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0">
            Show risks
          </button>
        </div>
      </form>
      <QueryPage query={risks}>
        {(data) =>
          data.length === 0 ? (
            <p className="govuk-body">{status ? `No risks are ${RISK_STATUS_LABELS[status].toLowerCase()}.` : 'No risks have been added yet.'}</p>
          ) : (
            <>
              <RisksTable risks={data} caption={status ? `${RISK_STATUS_LABELS[status]} risks (${data.length})` : `All risks (${data.length})`} />
              <RiskHeatMap risks={data} />
            </>
          )
        }
      </QueryPage>
    </>
  );
}

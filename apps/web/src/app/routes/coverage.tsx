import { Permission } from '@steerline/contracts';
import { useState } from 'react';
import { SuccessBanner } from '../../components/success-banner';
import { useMe } from '../../features/auth/api/get-me';
import { StrategyNotSetUp } from '../../features/strategy/components/strategy-not-set-up';
import { useCoverage } from '../../features/segments/api/get-coverage';
import { CoverageManager } from '../../features/segments/components/coverage-manager';
import { useDocumentTitle } from '../../lib/document-title';
import { ServiceProblemPage } from './service-problem';

export function CoveragePage() {
  const coverage = useCoverage();
  const { data: me } = useMe();
  const canManage = me?.permissions.includes(Permission.AdminManage) ?? false;
  /** The latest save's message; a new key each time, so the banner takes focus again. */
  const [success, setSuccess] = useState<{ text: string; key: number } | null>(null);
  useDocumentTitle(coverage.isError ? 'Sorry, there is a problem with the service' : 'Coverage of population segments');
  if (coverage.isError) return <ServiceProblemPage />;
  return (
    <>
      {success && <SuccessBanner key={success.key} heading={success.text} />}
      <h1 className="govuk-heading-l">Coverage of population segments</h1>
      <StrategyNotSetUp isAdmin={me?.isAdmin ?? false} />
      <p className="govuk-body">
        Which live actions reach each group of residents from the population analysis. Groups with a very low propensity to self-serve come
        first.
      </p>
      {coverage.isPending ? (
        <p className="govuk-body">Loading coverage…</p>
      ) : (
        <CoverageManager
          segments={coverage.data}
          canManage={canManage}
          onOpen={() => setSuccess(null)}
          onSaved={(text) => setSuccess((previous) => ({ text, key: (previous?.key ?? 0) + 1 }))}
        />
      )}
    </>
  );
}

import { useCoverage } from '../../features/segments/api/get-coverage';
import { CoverageTable } from '../../features/segments/components/coverage-table';
import { UncoveredSegments } from '../../features/segments/components/uncovered-segments';
import { useDocumentTitle } from '../../lib/document-title';
import { ServiceProblemPage } from './service-problem';

export function CoveragePage() {
  const coverage = useCoverage();
  useDocumentTitle(coverage.isError ? 'Sorry, there is a problem with the service' : 'Coverage of population segments');
  if (coverage.isError) return <ServiceProblemPage />;
  return (
    <>
      <h1 className="govuk-heading-l">Coverage of population segments</h1>
      <p className="govuk-body">
        Which live actions reach each group of residents from the population analysis. Groups with a very low propensity to self-serve come
        first.
      </p>
      {coverage.isPending ? (
        <p className="govuk-body">Loading coverage…</p>
      ) : (
        <>
          <UncoveredSegments segments={coverage.data} />
          <CoverageTable segments={coverage.data} />
        </>
      )}
    </>
  );
}

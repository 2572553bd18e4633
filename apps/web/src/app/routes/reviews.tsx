import { Permission } from '@steerline/contracts';
import { Link } from 'react-router';
import { SuccessBanner } from '../../components/success-banner';
import { useMe } from '../../features/auth/api/get-me';
import { StrategyNotSetUp } from '../../features/strategy/components/strategy-not-set-up';
import { useCycles } from '../../features/reviews/api/get-cycles';
import { useMyReturns } from '../../features/reviews/api/get-my-returns';
import { CyclesTable } from '../../features/reviews/components/cycles-table';
import { MyReturns } from '../../features/reviews/components/my-returns';
import '../../features/reviews/reviews.css';
import { useDocumentTitle } from '../../lib/document-title';
import { useFlashMessage } from '../../lib/flash-message';
import { ServiceProblemPage } from './service-problem';

/** `/reviews`: the six-monthly review cycles, and the signed-in owner's own returns. */
export function ReviewsPage() {
  useDocumentTitle('Reviews');
  const flash = useFlashMessage();
  const { data: me } = useMe();
  const cycles = useCycles();
  const mayManage = me?.permissions.includes(Permission.ReviewManage) ?? false;
  const maySubmit = me?.permissions.includes(Permission.ReviewSubmitOwn) ?? false;
  if (cycles.isError) return <ServiceProblemPage />;
  return (
    <>
      {flash && <SuccessBanner heading={flash} />}
      <h1 className="govuk-heading-l">Reviews</h1>
      <StrategyNotSetUp isAdmin={me?.isAdmin ?? false} />
      <p className="govuk-body">
        Every six months each action's owner submits a review return. The channel shift board checks the returns and the corporate leadership team
        signs the cycle off; its report then feeds the Corporate Plan.
      </p>
      {mayManage && (
        <Link to="/reviews/new" className="govuk-button">
          Create a review cycle
        </Link>
      )}
      {maySubmit && <YourReturns />}
      {cycles.data && <CyclesTable cycles={cycles.data} />}
      {cycles.data && cycles.data.length > 1 && (
        <p className="govuk-body">
          <Link className="govuk-link" to="/reviews/compare">
            Compare two review cycles
          </Link>
        </p>
      )}
    </>
  );
}

function YourReturns() {
  const mine = useMyReturns();
  return (
    <>
      <h2 className="govuk-heading-m">Your returns</h2>
      {mine.isError && <p className="govuk-body">Your returns could not be loaded. Try again later.</p>}
      {mine.data && <MyReturns returns={mine.data} />}
    </>
  );
}

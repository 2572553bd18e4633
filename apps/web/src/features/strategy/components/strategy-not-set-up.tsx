import { Link } from 'react-router';
import { useStrategy } from '../api/get-strategy';

/**
 * Before there is a strategy, pages that show the plan say why they are empty: administrators get the way to the
 * set-up page, everyone else is told an administrator has not set it up yet. Renders nothing once there is one.
 */
export function StrategyNotSetUp({ isAdmin }: { isAdmin: boolean }) {
  const strategy = useStrategy();
  if (strategy.data !== null) return null;
  return (
    <div className="govuk-inset-text">
      <p className="govuk-body">The strategy has not been set up yet, so there is nothing to show here.</p>
      {isAdmin ? (
        <p className="govuk-body">
          <Link className="govuk-link" to="/admin/setup">
            Set up Steerline
          </Link>
        </p>
      ) : (
        <p className="govuk-body">An administrator of Steerline sets it up; come back once they have.</p>
      )}
    </div>
  );
}

import { Permission } from '@steerline/contracts';
import { Navigate } from 'react-router';
import { useMe } from '../../features/auth/api/get-me';
import { YourBodies } from '../../features/auth/components/your-bodies';
import { Dashboard } from '../../features/dashboard/components/dashboard';
import { useSetup } from '../../features/strategy/api/get-setup';
import { StrategyNotSetUp } from '../../features/strategy/components/strategy-not-set-up';
import { useDocumentTitle } from '../../lib/document-title';

/**
 * The landing page: who is signed in, the plan's figures, and the user's governance bodies. An administrator who
 * arrives before the strategy is set up is taken to the set-up page instead. Someone in no body yet may not read the
 * plan, so the page does not ask for it (the API would refuse, and the browser log the refusals).
 */
export function HomePage() {
  useDocumentTitle('Dashboard');
  const { data: me } = useMe();
  const setup = useSetup(me?.isAdmin === true);
  if (!me) return null;
  if (me.isAdmin && setup.isPending) return null;
  if (me.isAdmin && setup.data?.steps.some((step) => step.key === 'strategy' && !step.done)) return <Navigate to="/admin/setup" replace />;
  return (
    <>
      <h1 className="govuk-heading-l">Dashboard</h1>
      <p className="govuk-body">
        Signed in as {me.name} ({me.email})
      </p>
      {me.partner && <p className="govuk-body">Your organisation: {me.partner.name}</p>}
      {me.isAdmin && <p className="govuk-body">You are an administrator.</p>}
      {me.permissions.includes(Permission.PlanRead) ? (
        <>
          <StrategyNotSetUp isAdmin={me.isAdmin} />
          <Dashboard />
        </>
      ) : (
        <p className="govuk-inset-text">You will see the action plan here once an administrator adds you to one of its governance bodies.</p>
      )}
      <section aria-labelledby="your-bodies-heading">
        <h2 id="your-bodies-heading" className="govuk-heading-m">
          Your governance bodies
        </h2>
        <YourBodies bodies={me.bodies} />
      </section>
    </>
  );
}

import { useMe } from '../../features/auth/api/get-me';
import { YourBodies } from '../../features/auth/components/your-bodies';
import { Dashboard } from '../../features/dashboard/components/dashboard';
import { useDocumentTitle } from '../../lib/document-title';

/** The landing page: who is signed in, the plan's figures, and the user's governance bodies. */
export function HomePage() {
  useDocumentTitle('Dashboard');
  const { data: me } = useMe();
  if (!me) return null;
  return (
    <>
      <h1 className="govuk-heading-l">Dashboard</h1>
      <p className="govuk-body">
        Signed in as {me.name} ({me.email})
      </p>
      {me.partner && <p className="govuk-body">Your organisation: {me.partner.name}</p>}
      {me.isAdmin && <p className="govuk-body">You are an administrator.</p>}
      <Dashboard />
      <section aria-labelledby="your-bodies-heading">
        <h2 id="your-bodies-heading" className="govuk-heading-m">
          Your governance bodies
        </h2>
        <YourBodies bodies={me.bodies} />
      </section>
    </>
  );
}

import { useMe } from '../../features/auth/api/get-me';
import { YourBodies } from '../../features/auth/components/your-bodies';
import { useDocumentTitle } from '../../lib/document-title';

export function HomePage() {
  useDocumentTitle('Home');
  const { data: me } = useMe();
  if (!me) return null;
  return (
    <>
      <h1 className="govuk-heading-l">Home</h1>
      <p className="govuk-body">
        Signed in as {me.name} ({me.email})
      </p>
      {me.partner && <p className="govuk-body">Your organisation: {me.partner.name}</p>}
      {me.isAdmin && <p className="govuk-body">You are an administrator.</p>}
      <h2 className="govuk-heading-m">Your governance bodies</h2>
      <YourBodies bodies={me.bodies} />
    </>
  );
}

import { Permission } from '@steerline/contracts';
import { useMe } from '../../features/auth/api/get-me';
import { ImportFlow } from '../../features/import/components/import-flow';
import { useDocumentTitle } from '../../lib/document-title';

export function ImportPage() {
  const { data: me } = useMe();
  if (!me) return null;
  return me.permissions.includes(Permission.AdminManage) ? <ImportFlow /> : <NotAllowed />;
}

function NotAllowed() {
  useDocumentTitle('Import an action plan');
  return (
    <>
      <h1 className="govuk-heading-l">Import an action plan</h1>
      <p className="govuk-body">Only administrators can import an action plan. Ask an administrator to import it for you.</p>
    </>
  );
}

import { Permission } from '@steerline/contracts';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useMe } from '../../features/auth/api/get-me';
import { AddPartnerPanel } from '../../features/partners/components/add-partner-panel';
import { PartnersTable } from '../../features/partners/components/partners-table';
import { useDocumentTitle } from '../../lib/document-title';
import type { FlashState } from '../../lib/flash-message';
import { FRESH, usePartners } from '../../lib/lookups/lookups';
import { ServiceProblemPage } from './service-problem';

export function PartnersListPage() {
  const navigate = useNavigate();
  const { data: me } = useMe();
  const partners = usePartners(FRESH);
  const [adding, setAdding] = useState(false);
  const canManage = me?.permissions.includes(Permission.AdminManage) ?? false;
  useDocumentTitle(partners.isError ? 'Sorry, there is a problem with the service' : 'Partners');

  if (partners.isError) return <ServiceProblemPage />;
  return (
    <>
      <h1 className="govuk-heading-l">Partners</h1>
      <p className="govuk-body">Organisations outside the council that work on the actions of the plan and may sign up to shared protocols.</p>
      {canManage &&
        (adding ? (
          <AddPartnerPanel
            onAdded={(partner) => navigate(`/partners/${partner.id}`, { state: { flash: `${partner.name} has been added` } satisfies FlashState })}
            onCancel={() => {
              setAdding(false);
              requestAnimationFrame(() => document.getElementById('add-partner')?.focus());
            }}
          />
        ) : (
          <button type="button" id="add-partner" className="govuk-button" onClick={() => setAdding(true)}>
            Add a partner
          </button>
        ))}
      {partners.isPending ? <p className="govuk-body">Loading partners…</p> : <PartnersTable partners={partners.data} />}
    </>
  );
}

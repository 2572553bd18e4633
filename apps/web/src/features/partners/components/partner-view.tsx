import type { PartnerContact, PartnerDetail } from '@steerline/contracts';
import { useRef, useState } from 'react';
import { useFocusHeadingIfLost } from '../../../components/focus-heading';
import { SuccessBanner } from '../../../components/success-banner';
import { ContactsTable } from './contacts-table';
import { AddContactPanel, EditContactPanel, RemoveContactPanel } from './contact-panels';
import { EditPartnerPanel } from './edit-partner-panel';
import { LiveActionsTable } from './live-actions-table';
import { ProtocolsTable } from './protocols-table';
import { SignProtocolPanel } from './sign-protocol-panel';
import './partners.css';

type Panel =
  | { kind: 'edit-partner' }
  | { kind: 'add-contact' }
  | { kind: 'edit-contact'; contact: PartnerContact }
  | { kind: 'remove-contact'; contact: PartnerContact }
  | { kind: 'sign-protocol' };

interface PartnerViewProps {
  partner: PartnerDetail;
  /** Administrators may change the partner, its contacts and its signed protocols; everyone else reads. */
  canManage: boolean;
  /** A message to show once on arrival, e.g. after the partner was added. */
  initialSuccess?: string;
}

/** A partner's page: summary, contacts, shared protocols signed and the live actions it works on. */
export function PartnerView({ partner, canManage, initialSuccess }: PartnerViewProps) {
  const [panel, setPanel] = useState<Panel | null>(null);
  const [success, setSuccess] = useState<{ text: string; key: number } | null>(initialSuccess ? { text: initialSuccess, key: 0 } : null);
  const openerId = useRef<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusHeadingIfLost(heading);

  const open = (next: Panel) => {
    openerId.current = document.activeElement?.id || null;
    setSuccess(null);
    setPanel(next);
  };
  /** Closing a form without saving puts focus back on the button that opened it. */
  const cancel = () => {
    setPanel(null);
    const id = openerId.current;
    if (id) requestAnimationFrame(() => document.getElementById(id)?.focus());
  };
  const done = (text: string) => {
    setPanel(null);
    setSuccess((previous) => ({ text, key: (previous?.key ?? 0) + 1 }));
  };

  return (
    <>
      {success && <SuccessBanner key={success.key} heading={success.text} />}
      <span className="govuk-caption-l">Partner</span>
      <h1 className="govuk-heading-l" ref={heading}>
        {partner.name}
      </h1>

      <dl className="govuk-summary-list">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Name</dt>
          <dd className="govuk-summary-list__value">{partner.name}</dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Description</dt>
          <dd className="govuk-summary-list__value">{partner.description || 'None given'}</dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Live actions</dt>
          <dd className="govuk-summary-list__value">{partner.liveActionCount}</dd>
        </div>
      </dl>
      {canManage && panel?.kind !== 'edit-partner' && (
        <button type="button" id="change-partner" className="govuk-button govuk-button--secondary" onClick={() => open({ kind: 'edit-partner' })}>
          Change name or description
        </button>
      )}
      {canManage && panel?.kind === 'edit-partner' && (
        <EditPartnerPanel partner={partner} onSaved={() => done('Partner details saved')} onCancel={cancel} />
      )}

      <h2 className="govuk-heading-m">Contacts</h2>
      <ContactsTable
        contacts={partner.contacts}
        onChange={canManage ? (contact) => open({ kind: 'edit-contact', contact }) : undefined}
        onRemove={canManage ? (contact) => open({ kind: 'remove-contact', contact }) : undefined}
      />
      {panel?.kind === 'edit-contact' && (
        <EditContactPanel
          key={`edit:${panel.contact.id}`}
          partnerId={partner.id}
          contact={partner.contacts.find((contact) => contact.id === panel.contact.id) ?? panel.contact}
          onSaved={(name) => done(`Contact ${name} saved`)}
          onCancel={cancel}
        />
      )}
      {panel?.kind === 'remove-contact' && (
        <RemoveContactPanel
          key={`remove:${panel.contact.id}`}
          partnerId={partner.id}
          partnerName={partner.name}
          contact={panel.contact}
          onRemoved={() => done(`Contact ${panel.contact.name} removed`)}
          onCancel={cancel}
        />
      )}
      {canManage && panel?.kind === 'add-contact' && <AddContactPanel partnerId={partner.id} onSaved={(name) => done(`Contact ${name} added`)} onCancel={cancel} />}
      {canManage && panel?.kind !== 'add-contact' && (
        <button type="button" id="add-contact" className="govuk-button govuk-button--secondary" onClick={() => open({ kind: 'add-contact' })}>
          Add a contact
        </button>
      )}

      <h2 className="govuk-heading-m">Shared protocols signed</h2>
      <ProtocolsTable protocols={partner.protocols} />
      {canManage && panel?.kind === 'sign-protocol' && (
        <SignProtocolPanel partnerId={partner.id} onSaved={(name) => done(`Signed protocol recorded: ${name}`)} onCancel={cancel} />
      )}
      {canManage && panel?.kind !== 'sign-protocol' && (
        <button type="button" id="sign-protocol" className="govuk-button govuk-button--secondary" onClick={() => open({ kind: 'sign-protocol' })}>
          Record a signed protocol
        </button>
      )}

      <h2 className="govuk-heading-m">Live actions this partner works on</h2>
      <LiveActionsTable actions={partner.liveActions} caption={`Live actions ${partner.name} works on`} />
    </>
  );
}

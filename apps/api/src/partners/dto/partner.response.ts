import type { LiveActionRef, PartnerContact as PartnerContactResponse, PartnerDetail, PartnerProtocol as PartnerProtocolResponse, PartnerSummary } from '@steerline/contracts';
import type { ContactRow, PartnerRow, PartnerSummaryRow, ProtocolRow } from '../partners.queries.js';

export const toPartnerSummary = (row: PartnerSummaryRow): PartnerSummary => ({
  id: row.id,
  name: row.name,
  description: row.description,
  liveActionCount: row.live_action_count,
  version: row.version,
});

export const toPartnerContact = (contact: ContactRow): PartnerContactResponse => ({
  id: contact.id,
  partnerId: contact.partner_id,
  name: contact.name,
  role: contact.role,
  email: contact.email,
  phone: contact.phone,
  version: contact.version,
});

export const toPartnerProtocol = (protocol: ProtocolRow): PartnerProtocolResponse => ({
  id: protocol.id,
  partnerId: protocol.partner_id,
  protocolName: protocol.protocol_name,
  protocolVersion: protocol.protocol_version,
  signedOn: protocol.signed_on,
  signedBy: protocol.signed_by,
});

export const toPartnerDetail = (
  partner: PartnerRow,
  contacts: ContactRow[],
  protocols: ProtocolRow[],
  liveActions: LiveActionRef[],
): PartnerDetail => ({
  id: partner.id,
  name: partner.name,
  description: partner.description,
  liveActionCount: liveActions.length,
  version: partner.version,
  contacts: contacts.map(toPartnerContact),
  protocols: protocols.map(toPartnerProtocol),
  liveActions,
  createdAt: partner.created_at.toISOString(),
  updatedAt: partner.updated_at.toISOString(),
});

/** The fields an audit row records for a partner. */
export const auditedPartner = (partner: Pick<PartnerRow, 'name' | 'description'>) => ({ name: partner.name, description: partner.description });

export const auditedContact = (contact: ContactRow) => ({
  partnerId: contact.partner_id,
  name: contact.name,
  role: contact.role,
  email: contact.email,
  phone: contact.phone,
});

import type { LiveActionRef, PartnerContact as PartnerContactResponse, PartnerDetail, PartnerProtocol as PartnerProtocolResponse, PartnerSummary } from '@steerline/contracts';
import type { PartnerContact } from '../partner-contact.entity.js';
import type { PartnerProtocol } from '../partner-protocol.entity.js';
import type { Partner } from '../partner.entity.js';

export interface PartnerSummaryRow {
  id: string;
  name: string;
  description: string;
  version: number;
  live_action_count: number;
}

export const toPartnerSummary = (row: PartnerSummaryRow): PartnerSummary => ({
  id: row.id,
  name: row.name,
  description: row.description,
  liveActionCount: row.live_action_count,
  version: row.version,
});

export const toPartnerContact = (contact: PartnerContact): PartnerContactResponse => ({
  id: contact.id,
  partnerId: contact.partnerId,
  name: contact.name,
  role: contact.role,
  email: contact.email,
  phone: contact.phone,
  version: contact.version,
});

export const toPartnerProtocol = (protocol: PartnerProtocol): PartnerProtocolResponse => ({
  id: protocol.id,
  partnerId: protocol.partnerId,
  protocolName: protocol.protocolName,
  protocolVersion: protocol.protocolVersion,
  signedOn: protocol.signedOn,
  signedBy: protocol.signedBy,
});

export const toPartnerDetail = (
  partner: Partner,
  contacts: PartnerContact[],
  protocols: PartnerProtocol[],
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
  createdAt: partner.createdAt.toISOString(),
  updatedAt: partner.updatedAt.toISOString(),
});

/** The fields an audit row records for a partner. */
export const auditedPartner = (partner: Partner) => ({ name: partner.name, description: partner.description });

export const auditedContact = (contact: PartnerContact) => ({
  partnerId: contact.partnerId,
  name: contact.name,
  role: contact.role,
  email: contact.email,
  phone: contact.phone,
});

import { PartnerContact } from './partner-contact.entity.js';
import { PartnerProtocol } from './partner-protocol.entity.js';
import { Partner } from './partner.entity.js';

export const PARTNER_ENTITIES = [Partner, PartnerContact, PartnerProtocol];

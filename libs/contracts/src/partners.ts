import type { ActionStatus, Rag } from './actions.js';

/** An action that is still live (neither complete nor cancelled), as listed beside a partner or segment. */
export interface LiveActionRef {
  id: string;
  reference: string;
  title: string;
  rag: Rag;
  status: ActionStatus;
}

export interface PartnerSummary {
  id: string;
  name: string;
  description: string;
  /** Live actions (not complete or cancelled) the partner works on. */
  liveActionCount: number;
  version: number;
}

export interface PartnerContact {
  id: string;
  partnerId: string;
  name: string;
  role: string;
  email: string | null;
  phone: string | null;
  version: number;
}

/** A shared protocol (e.g. "inline for online" signposting) the partner signed up to. Dates are ISO `YYYY-MM-DD`. */
export interface PartnerProtocol {
  id: string;
  partnerId: string;
  protocolName: string;
  protocolVersion: string;
  signedOn: string;
  signedBy: string;
}

export interface PartnerDetail extends PartnerSummary {
  contacts: PartnerContact[];
  protocols: PartnerProtocol[];
  liveActions: LiveActionRef[];
  createdAt: string;
  updatedAt: string;
}

export interface CreatePartnerRequest {
  name: string;
  description?: string;
}

export interface UpdatePartnerRequest extends Partial<CreatePartnerRequest> {
  version: number;
}

export interface CreatePartnerContactRequest {
  name: string;
  role?: string;
  email?: string | null;
  phone?: string | null;
}

export interface UpdatePartnerContactRequest extends Partial<CreatePartnerContactRequest> {
  version: number;
}

export interface SignProtocolRequest {
  protocolName: string;
  protocolVersion: string;
  /** Not in the future. */
  signedOn: string;
  /** The person who signed for the partner. */
  signedBy: string;
}

import type { LiveActionRef } from '@steerline/contracts';
import type { EntityManager } from 'typeorm';
import { PreparedStatement, runPrepared } from '../database/prepared-statement.js';

export interface PartnerSummaryRow {
  id: string;
  name: string;
  description: string;
  version: number;
  live_action_count: number;
}

export interface PartnerRow {
  id: string;
  name: string;
  description: string;
  version: number;
  created_at: Date;
  updated_at: Date;
}

export interface ContactRow {
  id: string;
  partner_id: string;
  name: string;
  role: string;
  email: string | null;
  phone: string | null;
  version: number;
}

export interface ProtocolRow {
  id: string;
  partner_id: string;
  protocol_name: string;
  protocol_version: string;
  /** ISO `YYYY-MM-DD`. */
  signed_on: string;
  signed_by: string;
}

const PARTNER_COLUMNS = `id, name, description, version, created_at, updated_at`;
const CONTACT_COLUMNS = `id, partner_id, name, role, email, phone, version`;
const PROTOCOL_COLUMNS = `id, partner_id, protocol_name, protocol_version, signed_on::text AS signed_on, signed_by`;

const LIST = new PreparedStatement(`
  SELECT p.id, p.name, p.description, p.version, count(a.id)::int AS live_action_count
    FROM partner p
    LEFT JOIN action_partner ap ON ap.partner_id = p.id
    LEFT JOIN action a ON a.id = ap.action_id AND a.status NOT IN ('complete', 'cancelled')
   GROUP BY p.id
   ORDER BY lower(p.name)`);
const PARTNER = new PreparedStatement(`SELECT ${PARTNER_COLUMNS} FROM partner WHERE id = $1`);
const LOCK_PARTNER = new PreparedStatement(`SELECT ${PARTNER_COLUMNS} FROM partner WHERE id = $1 FOR UPDATE`);
const PARTNER_EXISTS = new PreparedStatement(`SELECT 1 FROM partner WHERE id = $1`);
const NAME_TAKEN = new PreparedStatement(`SELECT 1 FROM partner WHERE lower(name) = lower($1) AND id IS DISTINCT FROM $2`);
const INSERT_PARTNER = new PreparedStatement(`INSERT INTO partner (name, description) VALUES ($1, $2) RETURNING ${PARTNER_COLUMNS}`);
const UPDATE_PARTNER = new PreparedStatement(`
  UPDATE partner SET name = $2, description = $3, version = version + 1, updated_at = now() WHERE id = $1`);
const LIVE_ACTIONS = new PreparedStatement(`
  SELECT a.id, a.reference, a.title, a.rag, a.status
    FROM action_partner ap JOIN action a ON a.id = ap.action_id
   WHERE ap.partner_id = $1 AND a.status NOT IN ('complete', 'cancelled')
   ORDER BY a.reference`);

const CONTACTS = new PreparedStatement(`SELECT ${CONTACT_COLUMNS} FROM partner_contact WHERE partner_id = $1 ORDER BY name ASC`);
const LOCK_CONTACT = new PreparedStatement(`SELECT ${CONTACT_COLUMNS} FROM partner_contact WHERE id = $1 AND partner_id = $2 FOR UPDATE`);
const INSERT_CONTACT = new PreparedStatement(`
  INSERT INTO partner_contact (partner_id, name, role, email, phone) VALUES ($1, $2, $3, $4, $5) RETURNING ${CONTACT_COLUMNS}`);
// A SELECT over the UPDATE: TypeORM answers a bare UPDATE with [rows, count] rather than the rows.
const UPDATE_CONTACT = new PreparedStatement(`
  WITH updated AS (
    UPDATE partner_contact SET name = $2, role = $3, email = $4, phone = $5, version = version + 1 WHERE id = $1 RETURNING ${CONTACT_COLUMNS}
  ) SELECT * FROM updated`);
const DELETE_CONTACT = new PreparedStatement(`DELETE FROM partner_contact WHERE id = $1`);

const PROTOCOLS = new PreparedStatement(`
  SELECT ${PROTOCOL_COLUMNS} FROM partner_protocol WHERE partner_id = $1 ORDER BY signed_on DESC, protocol_name ASC`);
const INSERT_PROTOCOL = new PreparedStatement(`
  INSERT INTO partner_protocol (partner_id, protocol_name, protocol_version, signed_on, signed_by) VALUES ($1, $2, $3, $4, $5)
  RETURNING ${PROTOCOL_COLUMNS}`);

export const selectPartners = (db: EntityManager) => runPrepared<PartnerSummaryRow>(db, LIST);

/** The partner, or undefined; `lock` holds its row until the transaction ends. */
export async function selectPartner(db: EntityManager, id: string, lock = false): Promise<PartnerRow | undefined> {
  const [row] = await runPrepared<PartnerRow>(db, lock ? LOCK_PARTNER : PARTNER, [id]);
  return row;
}

export const partnerExists = async (db: EntityManager, id: string) => (await runPrepared(db, PARTNER_EXISTS, [id])).length > 0;

/** Whether another partner (not `exceptId`) has this name, whatever its case. */
export const partnerNameTaken = async (db: EntityManager, name: string, exceptId: string | null) =>
  (await runPrepared(db, NAME_TAKEN, [name, exceptId])).length > 0;

export async function insertPartner(db: EntityManager, input: { name: string; description: string }): Promise<PartnerRow> {
  const [row] = await runPrepared<PartnerRow>(db, INSERT_PARTNER, [input.name, input.description]);
  return row;
}

export async function updatePartner(db: EntityManager, id: string, input: { name: string; description: string }): Promise<void> {
  await runPrepared(db, UPDATE_PARTNER, [id, input.name, input.description]);
}

/** The partner's actions that are neither complete nor cancelled. */
export const selectLiveActions = (db: EntityManager, partnerId: string) => runPrepared<LiveActionRef>(db, LIVE_ACTIONS, [partnerId]);

export const selectContacts = (db: EntityManager, partnerId: string) => runPrepared<ContactRow>(db, CONTACTS, [partnerId]);

/** The partner's contact, its row locked until the transaction ends; undefined when the partner has no such contact. */
export async function lockContact(db: EntityManager, partnerId: string, contactId: string): Promise<ContactRow | undefined> {
  const [row] = await runPrepared<ContactRow>(db, LOCK_CONTACT, [contactId, partnerId]);
  return row;
}

type ContactFields = Pick<ContactRow, 'name' | 'role' | 'email' | 'phone'>;

export async function insertContact(db: EntityManager, partnerId: string, input: ContactFields): Promise<ContactRow> {
  const [row] = await runPrepared<ContactRow>(db, INSERT_CONTACT, [partnerId, input.name, input.role, input.email, input.phone]);
  return row;
}

export async function updateContact(db: EntityManager, id: string, input: ContactFields): Promise<ContactRow> {
  const [row] = await runPrepared<ContactRow>(db, UPDATE_CONTACT, [id, input.name, input.role, input.email, input.phone]);
  return row;
}

export async function deleteContact(db: EntityManager, id: string): Promise<void> {
  await runPrepared(db, DELETE_CONTACT, [id]);
}

export const selectProtocols = (db: EntityManager, partnerId: string) => runPrepared<ProtocolRow>(db, PROTOCOLS, [partnerId]);

type ProtocolFields = { protocolName: string; protocolVersion: string; signedOn: string; signedBy: string };

export async function insertProtocol(db: EntityManager, partnerId: string, input: ProtocolFields): Promise<ProtocolRow> {
  const values = [partnerId, input.protocolName, input.protocolVersion, input.signedOn, input.signedBy];
  const [row] = await runPrepared<ProtocolRow>(db, INSERT_PROTOCOL, values);
  return row;
}

import type { AttachmentParentKind, AttachmentScan } from '@steerline/contracts';
import type { EntityManager } from 'typeorm';
import { PreparedStatement, runPrepared } from '../database/prepared-statement.js';

/** A file's record, never its bytes; `signed_off` says it is on a review return of a signed-off cycle. */
export interface AttachmentRow {
  id: string;
  action_id: string;
  progress_update_id: string | null;
  review_return_id: string | null;
  escalation_id: string | null;
  file_name: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  uploaded_by_id: string;
  uploaded_by_name: string;
  uploaded_at: string;
  signed_off: boolean;
  scan_status: AttachmentScan;
  scan_finding: string | null;
}

const COLUMNS = `
  f.id, f.action_id, f.progress_update_id, f.review_return_id, f.escalation_id, f.file_name, f.media_type, f.size_bytes, f.sha256,
  f.uploaded_by_id, f.scan_status, f.scan_finding, (SELECT u.name FROM app_user u WHERE u.id = f.uploaded_by_id) AS uploaded_by_name,
  to_char(f.uploaded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS uploaded_at,
  EXISTS (SELECT 1 FROM review_return r JOIN review_cycle c ON c.id = r.cycle_id WHERE r.id = f.review_return_id AND c.status = 'signed_off') AS signed_off`;

/** The record and its bytes in one statement, so one is never kept without the other. */
const INSERT = new PreparedStatement(`
  WITH kept AS (
    INSERT INTO attachment (action_id, progress_update_id, review_return_id, escalation_id, file_name, media_type, size_bytes, sha256, uploaded_by_id, scan_status)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $11)
    RETURNING id
  ), content AS (
    INSERT INTO attachment_content (attachment_id, content) SELECT kept.id, $10::bytea FROM kept
  )
  SELECT id FROM kept`);

export interface NewAttachment {
  actionId: string;
  on: { kind: AttachmentParentKind; id: string };
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  uploadedById: string;
  content: Buffer;
  scan: AttachmentScan;
}

const parentColumn = (on: NewAttachment['on'], kind: AttachmentParentKind) => (on.kind === kind ? on.id : null);

export async function insertAttachment(db: EntityManager, file: NewAttachment): Promise<string> {
  const [row] = await runPrepared<{ id: string }>(db, INSERT, [
    file.actionId, parentColumn(file.on, 'progress_update'), parentColumn(file.on, 'review_return'), parentColumn(file.on, 'escalation'),
    file.fileName, file.mediaType, file.sizeBytes, file.sha256, file.uploadedById, file.content, file.scan,
  ]);
  return row.id;
}

const ONE = new PreparedStatement(`SELECT ${COLUMNS} FROM attachment f WHERE f.id = $1`);

export async function selectAttachment(db: EntityManager, id: string): Promise<AttachmentRow | undefined> {
  const [row] = await runPrepared<AttachmentRow>(db, ONE, [id]);
  return row;
}

/** Locks the file's record against a second removal or a download of it half-removed, until the transaction ends. */
const LOCK = new PreparedStatement(`SELECT ${COLUMNS} FROM attachment f WHERE f.id = $1 FOR UPDATE OF f`);

export async function lockAttachment(db: EntityManager, id: string): Promise<AttachmentRow | undefined> {
  const [row] = await runPrepared<AttachmentRow>(db, LOCK, [id]);
  return row;
}

const ORDER = `ORDER BY f.uploaded_at, f.id`;
const OF_ACTION = new PreparedStatement(`SELECT ${COLUMNS} FROM attachment f WHERE f.action_id = $1 ${ORDER}`);
const OF_RETURN = new PreparedStatement(`SELECT ${COLUMNS} FROM attachment f WHERE f.review_return_id = $1 ${ORDER}`);
const OF_ESCALATION = new PreparedStatement(`SELECT ${COLUMNS} FROM attachment f WHERE f.escalation_id = $1 ${ORDER}`);

/** Every file about an action (on it, its updates, its returns and its escalations), oldest first. */
export const selectActionAttachments = (db: EntityManager, actionId: string) => runPrepared<AttachmentRow>(db, OF_ACTION, [actionId]);
export const selectReturnAttachments = (db: EntityManager, returnId: string) => runPrepared<AttachmentRow>(db, OF_RETURN, [returnId]);
export const selectEscalationAttachments = (db: EntityManager, escalationId: string) => runPrepared<AttachmentRow>(db, OF_ESCALATION, [escalationId]);

/** One slice of the bytes (1-based offset, as PostgreSQL counts); storage EXTERNAL lets it read only that slice. */
const SLICE = new PreparedStatement(`SELECT substring(content FROM $2::int FOR $3::int) AS part FROM attachment_content WHERE attachment_id = $1`);

export async function selectContentSlice(db: EntityManager, id: string, from: number, length: number): Promise<Buffer | undefined> {
  const [row] = await runPrepared<{ part: Buffer }>(db, SLICE, [id, from, length]);
  return row?.part;
}

const DELETE = new PreparedStatement(`DELETE FROM attachment WHERE id = $1`);

export async function deleteAttachment(db: EntityManager, id: string): Promise<void> {
  await runPrepared(db, DELETE, [id]);
}

/** Who posted the progress update, if it is one of this action's. */
const UPDATE_AUTHOR = new PreparedStatement(`SELECT author_id FROM progress_update WHERE id = $1 AND action_id = $2`);

export async function selectUpdateAuthor(db: EntityManager, updateId: string, actionId: string): Promise<string | undefined> {
  const [row] = await runPrepared<{ author_id: string }>(db, UPDATE_AUTHOR, [updateId, actionId]);
  return row?.author_id;
}

/** A file waiting for its scan, with its bytes; none once it is removed or has its verdict. */
const AWAITING_SCAN = new PreparedStatement(`
  SELECT f.id, f.action_id, f.file_name, f.uploaded_by_id, c.content
  FROM attachment f JOIN attachment_content c ON c.attachment_id = f.id
  WHERE f.id = $1 AND f.scan_status = 'checking'`);

export interface AwaitingScan {
  id: string;
  action_id: string;
  file_name: string;
  uploaded_by_id: string;
  content: Buffer;
}

export async function selectAwaitingScan(db: EntityManager, id: string): Promise<AwaitingScan | undefined> {
  const [row] = await runPrepared<AwaitingScan>(db, AWAITING_SCAN, [id]);
  return row;
}

/** The verdict, given once: false when the file was removed, or judged by another worker, meanwhile. */
const VERDICT = new PreparedStatement(`
  WITH judged AS (
    UPDATE attachment SET scan_status = $2, scan_finding = $3, scanned_at = now() WHERE id = $1 AND scan_status = 'checking' RETURNING id
  )
  SELECT id FROM judged`);

export async function recordVerdict(db: EntityManager, id: string, status: 'clean' | 'infected', finding: string | null): Promise<boolean> {
  return (await runPrepared(db, VERDICT, [id, status, finding])).length === 1;
}

const DELETE_CONTENT = new PreparedStatement(`DELETE FROM attachment_content WHERE attachment_id = $1`);

export async function deleteContent(db: EntityManager, id: string): Promise<void> {
  await runPrepared(db, DELETE_CONTENT, [id]);
}

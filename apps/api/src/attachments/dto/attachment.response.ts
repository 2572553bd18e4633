import type { Attachment, AttachmentParentKind } from '@steerline/contracts';
import type { Actor } from '../../common/auth/actor.js';
import type { AttachmentRow } from '../attachment.queries.js';
import { removalRefusal } from '../attachments.policy.js';

export function parentOf(row: AttachmentRow): { kind: AttachmentParentKind; id: string } {
  if (row.progress_update_id) return { kind: 'progress_update', id: row.progress_update_id };
  if (row.review_return_id) return { kind: 'review_return', id: row.review_return_id };
  if (row.escalation_id) return { kind: 'escalation', id: row.escalation_id };
  return { kind: 'action', id: row.action_id };
}

export const keptFileFacts = (row: AttachmentRow) => ({ uploadedById: row.uploaded_by_id, signedOff: row.signed_off });

export function toAttachment(row: AttachmentRow, actor: Actor): Attachment {
  return {
    id: row.id,
    fileName: row.file_name,
    mediaType: row.media_type,
    sizeBytes: row.size_bytes,
    uploadedBy: { id: row.uploaded_by_id, name: row.uploaded_by_name },
    uploadedAt: row.uploaded_at,
    on: parentOf(row),
    actionId: row.action_id,
    downloadPath: `/api/attachments/${row.id}`,
    scan: row.scan_status,
    scanFinding: row.scan_finding,
    canDownload: row.scan_status === 'not_scanned' || row.scan_status === 'clean',
    canRemove: removalRefusal(actor, keptFileFacts(row)) === null,
  };
}

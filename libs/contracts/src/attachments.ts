import type { Ref } from './actions.js';

/** What a file of evidence can be attached to. Every one of them belongs to an action. */
export const ATTACHMENT_PARENT_KINDS = ['action', 'progress_update', 'review_return', 'escalation'] as const;
export type AttachmentParentKind = (typeof ATTACHMENT_PARENT_KINDS)[number];

export const ATTACHMENT_PARENT_LABELS: Record<AttachmentParentKind, string> = {
  action: 'Action',
  progress_update: 'Progress update',
  review_return: 'Review return',
  escalation: 'Escalation',
};

/** The multipart form field that carries the file; one file per request, so each has its own progress and answer. */
export const ATTACHMENT_FILE_FIELD = 'file';

/** The kinds of file accepted as evidence, as the hint names them; checked from the content, never from the name. */
export const ATTACHMENT_TYPES_HINT = 'PDF, Word, Excel, PowerPoint, OpenDocument, PNG, JPEG, GIF, WebP, plain text (.txt) or CSV (.csv)';

/**
 * Where a file stands with the virus scan (CLAMAV_HOST): `not_scanned` when no scanner is set up, `checking` until
 * clamd has read it (it cannot be downloaded meanwhile), then `clean`, or `infected` (refused: its bytes are deleted).
 */
export const ATTACHMENT_SCAN_STATES = ['not_scanned', 'checking', 'clean', 'infected'] as const;
export type AttachmentScan = (typeof ATTACHMENT_SCAN_STATES)[number];

/** A file of evidence, as listed: never its content, which is downloaded from `downloadPath`. */
export interface Attachment {
  id: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  uploadedBy: Ref;
  uploadedAt: string;
  on: { kind: AttachmentParentKind; id: string };
  actionId: string;
  downloadPath: string;
  scan: AttachmentScan;
  /** What the scanner found in an infected file (the signature's name). */
  scanFinding: string | null;
  /** False while the file is being checked and once it is refused. */
  canDownload: boolean;
  /** Whether the signed-in person may remove it now (their own file, and not on a signed-off review return). */
  canRemove: boolean;
}

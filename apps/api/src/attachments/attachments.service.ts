import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import { ATTACHMENT_TYPES_HINT, type Attachment } from '@steerline/contracts';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../common/auth/actor.js';
import type { CurrentUser } from '../common/auth/current-user.js';
import { NotFoundError } from '../common/errors/domain-error.js';
import { APP_CONFIG, type AppConfig } from '../config/env.js';
import { AttachmentParents, type ParentRef } from './attachment-parents.js';
import {
  type AttachmentRow, deleteAttachment, insertAttachment, lockAttachment, selectActionAttachments, selectAttachment, selectContentSlice,
  selectEscalationAttachments, selectReturnAttachments,
} from './attachment.queries.js';
import { AttachmentTooLargeError, FileTypeRefusedError, NoFileError, notDownloadableError, refusalError } from './attachment-errors.js';
import { canSeeParent, removalRefusal } from './attachments.policy.js';
import { keptFileFacts, parentOf, toAttachment } from './dto/attachment.response.js';
import { fileKindOf } from './file-kind.js';
import { safeFileName } from './safe-file-name.js';
import { AttachmentScanQueue } from './scanning/attachment-scan-queue.js';

/** What multer hands over: the whole file, read within ATTACHMENT_MAX_MB. */
export interface UploadedEvidence {
  originalname: string;
  buffer: Buffer;
  size: number;
}

/** A download: the record, and its bytes read from PostgreSQL a slice at a time as the client takes them. */
export interface AttachmentDownload {
  file: AttachmentRow;
  content: Readable;
}

const SLICE_BYTES = 256 * 1024;

/** Files of evidence: kept in PostgreSQL, typed from their content, each change audited. */
@Injectable()
export class AttachmentsService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly parents: AttachmentParents,
    private readonly scans: AttachmentScanQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async upload(actor: CurrentUser, parent: ParentRef, file: UploadedEvidence | undefined): Promise<Attachment> {
    const facts = await this.parents.facts(actor, parent);
    if (facts.addRefusal) throw refusalError(facts.addRefusal);
    if (!file) throw new NoFileError('Choose a file to upload.');
    if (file.size === 0) throw new NoFileError('The file is empty. Choose a file with something in it.');
    // multer stops reading at the limit and answers 413 itself; this holds if the limit there is ever raised.
    if (file.size > this.config.ATTACHMENT_MAX_MB * 1024 * 1024) throw new AttachmentTooLargeError(this.config.ATTACHMENT_MAX_MB);
    const kind = await fileKindOf(file.buffer, file.originalname);
    if (!kind) throw new FileTypeRefusedError(ATTACHMENT_TYPES_HINT);

    const record = {
      actionId: facts.actionId,
      on: { kind: facts.kind, id: facts.id },
      fileName: safeFileName(file.originalname, kind.extension),
      mediaType: kind.mediaType,
      sizeBytes: file.size,
      sha256: createHash('sha256').update(file.buffer).digest('hex'),
      uploadedById: actor.id,
    };
    const kept = await this.db.transaction(async (manager) => {
      const id = await insertAttachment(manager, { ...record, content: file.buffer, scan: this.scans.firstState });
      await this.scans.queue(manager, id);
      await this.audit.record(manager, { actorId: actor.id, operation: 'create', entityType: 'attachment', entityId: id, after: auditFields(record) });
      return (await selectAttachment(manager, id))!;
    });
    return toAttachment(kept, actor);
  }

  async forAction(actor: CurrentUser, actionId: string): Promise<Attachment[]> {
    await this.parents.facts(actor, { kind: 'action', id: actionId });
    return (await selectActionAttachments(this.db.manager, actionId)).map((row) => toAttachment(row, actor));
  }

  async forReturn(actor: CurrentUser, returnId: string): Promise<Attachment[]> {
    await this.parents.facts(actor, { kind: 'review_return', id: returnId });
    return (await selectReturnAttachments(this.db.manager, returnId)).map((row) => toAttachment(row, actor));
  }

  async forEscalation(actor: CurrentUser, escalationId: string): Promise<Attachment[]> {
    await this.parents.facts(actor, { kind: 'escalation', id: escalationId });
    return (await selectEscalationAttachments(this.db.manager, escalationId)).map((row) => toAttachment(row, actor));
  }

  /** 404 alike for a file that does not exist and one on a record this person may not see. */
  async download(actor: Actor, id: string): Promise<AttachmentDownload> {
    const file = await selectAttachment(this.db.manager, id);
    if (!file || !canSeeParent(actor)) throw new NotFoundError('The file');
    const notYet = notDownloadableError(file);
    if (notYet) throw notYet;
    return { file, content: Readable.from(this.slices(file)) };
  }

  async remove(actor: CurrentUser, id: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      const file = await lockAttachment(manager, id);
      if (!file || !canSeeParent(actor)) throw new NotFoundError('The file');
      const refused = removalRefusal(actor, keptFileFacts(file));
      if (refused) throw refusalError(refused);
      await deleteAttachment(manager, id);
      await this.audit.record(manager, { actorId: actor.id, operation: 'remove', entityType: 'attachment', entityId: id, before: auditFields(recordOf(file)) });
    });
  }

  private async *slices(file: AttachmentRow): AsyncGenerator<Buffer> {
    for (let sent = 0; sent < file.size_bytes; sent += SLICE_BYTES) {
      const part = await selectContentSlice(this.db.manager, file.id, sent + 1, SLICE_BYTES);
      if (!part) throw new Error(`The file ${file.id} was removed while it was being downloaded`);
      yield part;
    }
  }
}

type AuditedFile = { actionId: string; on: { kind: string; id: string }; fileName: string; mediaType: string; sizeBytes: number; sha256: string };

const auditFields = (file: AuditedFile) => ({
  fileName: file.fileName, mediaType: file.mediaType, sizeBytes: file.sizeBytes, sha256: file.sha256, attachedTo: file.on, actionId: file.actionId,
});

const recordOf = (row: AttachmentRow): AuditedFile => ({
  actionId: row.action_id, on: parentOf(row), fileName: row.file_name, mediaType: row.media_type, sizeBytes: row.size_bytes, sha256: row.sha256,
});


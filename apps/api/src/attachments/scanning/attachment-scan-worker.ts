import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service.js';
import type { MailMessage } from '../../notifications/mail.service.js';
import { NotificationsService } from '../../notifications/notifications.service.js';
import { deleteContent, recordVerdict, selectAwaitingScan } from '../attachment.queries.js';
import { ClamdScanner } from './clamd-scanner.js';

/** Checks one file waiting for its scan and records the verdict; an infected file loses its bytes, audited, and its uploader is told. */
@Injectable()
export class AttachmentScanWorker {
  private readonly logger = new Logger(AttachmentScanWorker.name);

  constructor(
    private readonly db: DataSource,
    private readonly scanner: ClamdScanner,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  async check(attachmentId: string): Promise<void> {
    const file = await selectAwaitingScan(this.db.manager, attachmentId);
    if (!file) return;
    const verdict = await this.scanner.scan(file.content);
    let mail: MailMessage[] = [];
    await this.db.transaction(async (manager) => {
      if (!verdict.infected) {
        await recordVerdict(manager, file.id, 'clean', null);
        return;
      }
      if (!(await recordVerdict(manager, file.id, 'infected', verdict.finding))) return;
      await deleteContent(manager, file.id);
      await this.audit.record(manager, {
        actorId: null, operation: 'refuse_file', entityType: 'attachment', entityId: file.id,
        before: { scan: 'checking' }, after: { fileName: file.file_name, scan: 'infected', finding: verdict.finding },
      });
      mail = await this.notifications.notify(manager, [file.uploaded_by_id], {
        kind: 'file_refused',
        title: `Your file "${file.file_name}" was refused`,
        body: `The virus scan found ${verdict.finding} in "${file.file_name}", so Steerline deleted it. Check the file on your computer before you upload it again.`,
        actionId: file.action_id,
      });
    });
    if (verdict.infected) this.logger.warn(`File ${file.id} refused: ${verdict.finding}`);
    this.notifications.deliver(mail);
  }
}

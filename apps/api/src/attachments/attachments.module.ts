import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { ActionsModule } from '../actions/actions.module.js';
import { APP_CONFIG, type AppConfig } from '../config/env.js';
import { EscalationsModule } from '../escalations/escalations.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { ReviewsModule } from '../reviews/reviews.module.js';
import { AttachmentParents } from './attachment-parents.js';
import { AttachmentsController } from './attachments.controller.js';
import { AttachmentsService } from './attachments.service.js';
import { AttachmentScanQueue } from './scanning/attachment-scan-queue.js';
import { AttachmentScanWorker } from './scanning/attachment-scan-worker.js';
import { ClamdScanner } from './scanning/clamd-scanner.js';
import { AttachmentUploadErrors } from './upload-errors.interceptor.js';

const MEGABYTE = 1024 * 1024;

/**
 * Files of evidence. multer reads each upload into memory and stops at ATTACHMENT_MAX_MB as the bytes arrive (413),
 * whatever Content-Length claimed; one file and no other parts per request. With CLAMAV_HOST each is scanned (scanning/).
 */
@Module({
  imports: [
    ActionsModule,
    EscalationsModule,
    ReviewsModule,
    NotificationsModule,
    MulterModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ limits: { fileSize: config.ATTACHMENT_MAX_MB * MEGABYTE, files: 1, fields: 0, parts: 1 }, defParamCharset: 'utf8' }),
    }),
  ],
  controllers: [AttachmentsController],
  providers: [AttachmentsService, AttachmentParents, AttachmentUploadErrors, ClamdScanner, AttachmentScanWorker, AttachmentScanQueue],
})
export class AttachmentsModule {}

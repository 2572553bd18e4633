import { applyDecorators, Controller, Delete, Get, Header, HttpCode, Param, Post, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ATTACHMENT_FILE_FIELD, type Attachment, Permission } from '@steerline/contracts';
import { Require } from '../common/auth/access.decorators.js';
import { type CurrentUser, SignedInUser } from '../common/auth/current-user.js';
import { RecordIdPipe } from '../common/validation/record-id.pipe.js';
import { ActionIdPipe, EscalationIdPipe, ReviewReturnIdPipe } from '../common/validation/id-pipes.js';
import { AttachmentsService, type UploadedEvidence } from './attachments.service.js';
import { attachmentDisposition } from './safe-file-name.js';
import { AttachmentUploadErrors } from './upload-errors.interceptor.js';

const AttachmentIdPipe = new RecordIdPipe('The file');
const ProgressUpdateIdPipe = new RecordIdPipe('The progress update');

/** One file as multipart/form-data, kept in memory by multer up to ATTACHMENT_MAX_MB (AttachmentsModule sets the limit). */
const FILE_BODY = { schema: { type: 'object', properties: { [ATTACHMENT_FILE_FIELD]: { type: 'string', format: 'binary' } }, required: [ATTACHMENT_FILE_FIELD] } };
/** One file in a multipart form, read within the limits, and described so in the API docs. */
const ReceiveFile = () =>
  applyDecorators(UseInterceptors(AttachmentUploadErrors, FileInterceptor(ATTACHMENT_FILE_FIELD)), ApiConsumes('multipart/form-data'), ApiBody(FILE_BODY));

/**
 * Evidence on an action, a progress update, a review return or an escalation. Who may add a file is the record's
 * own rule (attachments.policy.ts); every signed-in reader of the plan may list and download them.
 */
@ApiTags('attachments')
@Controller()
export class AttachmentsController {
  constructor(private readonly attachments: AttachmentsService) {}

  /** Every file about the action: on it, its progress updates, its review returns and its escalations. */
  @Require(Permission.PlanRead)
  @Get('actions/:id/attachments')
  forAction(@SignedInUser() user: CurrentUser, @Param('id', ActionIdPipe) id: string): Promise<Attachment[]> {
    return this.attachments.forAction(user, id);
  }

  @Require(Permission.PlanRead)
  @Post('actions/:id/attachments')
  @ReceiveFile()
  addToAction(@SignedInUser() user: CurrentUser, @Param('id', ActionIdPipe) id: string, @UploadedFile() file: UploadedEvidence | undefined): Promise<Attachment> {
    return this.attachments.upload(user, { kind: 'action', id }, file);
  }

  @Require(Permission.PlanRead)
  @Post('actions/:id/updates/:updateId/attachments')
  @ReceiveFile()
  addToUpdate(
    @SignedInUser() user: CurrentUser,
    @Param('id', ActionIdPipe) actionId: string,
    @Param('updateId', ProgressUpdateIdPipe) id: string,
    @UploadedFile() file: UploadedEvidence | undefined,
  ): Promise<Attachment> {
    return this.attachments.upload(user, { kind: 'progress_update', id, actionId }, file);
  }

  @Require(Permission.PlanRead)
  @Get('reviews/returns/:id/attachments')
  forReturn(@SignedInUser() user: CurrentUser, @Param('id', ReviewReturnIdPipe) id: string): Promise<Attachment[]> {
    return this.attachments.forReturn(user, id);
  }

  @Require(Permission.PlanRead)
  @Post('reviews/returns/:id/attachments')
  @ReceiveFile()
  addToReturn(@SignedInUser() user: CurrentUser, @Param('id', ReviewReturnIdPipe) id: string, @UploadedFile() file: UploadedEvidence | undefined): Promise<Attachment> {
    return this.attachments.upload(user, { kind: 'review_return', id }, file);
  }

  @Require(Permission.PlanRead)
  @Get('escalations/:id/attachments')
  forEscalation(@SignedInUser() user: CurrentUser, @Param('id', EscalationIdPipe) id: string): Promise<Attachment[]> {
    return this.attachments.forEscalation(user, id);
  }

  @Require(Permission.PlanRead)
  @Post('escalations/:id/attachments')
  @ReceiveFile()
  addToEscalation(@SignedInUser() user: CurrentUser, @Param('id', EscalationIdPipe) id: string, @UploadedFile() file: UploadedEvidence | undefined): Promise<Attachment> {
    return this.attachments.upload(user, { kind: 'escalation', id }, file);
  }

  /** The file itself, always as a download: never shown inline, never sniffed into another type. */
  @Require(Permission.PlanRead)
  @Get('attachments/:id')
  @Header('X-Content-Type-Options', 'nosniff')
  @Header('Cache-Control', 'private, no-store')
  @ApiProduces('application/octet-stream')
  async download(@SignedInUser() user: CurrentUser, @Param('id', AttachmentIdPipe) id: string): Promise<StreamableFile> {
    const { file, content } = await this.attachments.download(user, id);
    return new StreamableFile(content, { type: file.media_type, disposition: attachmentDisposition(file.file_name), length: file.size_bytes });
  }

  @Require(Permission.PlanRead)
  @Delete('attachments/:id')
  @HttpCode(204)
  remove(@SignedInUser() user: CurrentUser, @Param('id', AttachmentIdPipe) id: string): Promise<void> {
    return this.attachments.remove(user, id);
  }
}

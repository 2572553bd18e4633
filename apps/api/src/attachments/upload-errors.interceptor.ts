import { type CallHandler, type ExecutionContext, HttpException, HttpStatus, Inject, Injectable, type NestInterceptor } from '@nestjs/common';
import { ATTACHMENT_FILE_FIELD } from '@steerline/contracts';
import { catchError, type Observable } from 'rxjs';
import { APP_CONFIG, type AppConfig } from '../config/env.js';
import { AttachmentTooLargeError, NoFileError } from './attachment-errors.js';

/** Turns multer's terse errors ("File too large", "Unexpected field") into sentences about the file, on the file field. */
@Injectable()
export class AttachmentUploadErrors implements NestInterceptor {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      catchError((error: unknown) => {
        if (!(error instanceof HttpException)) throw error;
        const status = error.getStatus();
        if (status === HttpStatus.PAYLOAD_TOO_LARGE) throw new AttachmentTooLargeError(this.config.ATTACHMENT_MAX_MB);
        if (status === HttpStatus.BAD_REQUEST) throw new NoFileError(`Send one file as multipart/form-data in the field "${ATTACHMENT_FILE_FIELD}". (${error.message})`);
        throw error;
      }),
    );
  }
}

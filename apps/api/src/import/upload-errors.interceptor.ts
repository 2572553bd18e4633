import { type CallHandler, type ExecutionContext, HttpException, HttpStatus, Injectable, type NestInterceptor } from '@nestjs/common';
import { IMPORT_FILE_FIELD, IMPORT_MAX_FILE_BYTES } from '@steerline/contracts';
import { catchError, type Observable } from 'rxjs';
import { FileProblemError, FileTooLargeError } from './reading/file-errors.js';

/** Wraps the upload interceptor so multer's terse errors ("File too large") reach the user as sentences about the file. */
@Injectable()
export class UploadErrorsInterceptor implements NestInterceptor {
  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      catchError((error: unknown) => {
        if (!(error instanceof HttpException)) throw error;
        const status = error.getStatus();
        if (status === HttpStatus.PAYLOAD_TOO_LARGE) {
          throw new FileTooLargeError([`The file must be smaller than ${IMPORT_MAX_FILE_BYTES / 1024 / 1024} MB.`], 'file_bytes', IMPORT_MAX_FILE_BYTES);
        }
        if (status === HttpStatus.BAD_REQUEST || status === HttpStatus.UNSUPPORTED_MEDIA_TYPE) {
          throw new FileProblemError(`Send one file as multipart/form-data in the field "${IMPORT_FILE_FIELD}". (${error.message})`);
        }
        throw error;
      }),
    );
  }
}

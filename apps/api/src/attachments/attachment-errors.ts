import { ErrorCode } from '@steerline/contracts';
import { DomainError, ForbiddenError, ValidationFailedError } from '../common/errors/domain-error.js';
import type { AttachmentRow } from './attachment.queries.js';
import type { Refusal } from './attachments.policy.js';

const FIELD = 'file';

/** 400: nothing usable was sent in the file field. */
export class NoFileError extends ValidationFailedError {
  constructor(message: string) {
    super([{ field: FIELD, messages: [message] }], message);
  }
}

/** 413: over ATTACHMENT_MAX_MB, counted while the upload was read. */
export class AttachmentTooLargeError extends DomainError {
  constructor(maxMb: number) {
    const message = `The file must be smaller than ${maxMb} MB.`;
    super(ErrorCode.FileTooLarge, message, [{ field: FIELD, messages: [message], limit: 'file_bytes', allowed: maxMb * 1024 * 1024 }]);
  }
}

/** 415: the content is none of the kinds accepted, whatever the name says. */
export class FileTypeRefusedError extends DomainError {
  constructor(accepted: string) {
    const message = `The file must be one of these kinds: ${accepted}. Its content was checked, not its name.`;
    super(ErrorCode.FileTypeRefused, message, [{ field: FIELD, messages: [message] }]);
  }
}

/** A refusal from the policy as the error the filter answers with: 403, 409, or 409 cycle_signed_off. */
export function refusalError(refusal: NonNullable<Refusal>): DomainError {
  if (refusal.kind === 'forbidden') return new ForbiddenError(refusal.message);
  return new DomainError(refusal.kind === 'signed_off' ? ErrorCode.CycleSignedOff : ErrorCode.Conflict, refusal.message);
}

/** 409 while the virus scan has yet to read the file; 410 once it refused it (its bytes are gone). */
export function notDownloadableError(file: Pick<AttachmentRow, 'scan_status' | 'scan_finding' | 'file_name'>): DomainError | null {
  if (file.scan_status === 'checking') {
    return new DomainError(ErrorCode.AttachmentBeingChecked, `"${file.file_name}" is being checked for viruses. Try again in a minute.`);
  }
  if (file.scan_status === 'infected') {
    return new DomainError(ErrorCode.AttachmentInfected, `"${file.file_name}" was refused: the virus scan found ${file.scan_finding}. It has been deleted.`);
  }
  return null;
}

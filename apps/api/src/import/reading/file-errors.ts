import { ErrorCode } from '@steerline/contracts';
import { DomainError, ValidationFailedError } from '../../common/errors/domain-error.js';
import type { FileProblemData, ReadLimitName } from './file-problem.js';

/** A problem with the file's content as a whole (its header row, no actions), shown against the file field. */
export class FileProblemError extends ValidationFailedError {
  constructor(messages: string | [string, ...string[]]) {
    const list = typeof messages === 'string' ? [messages] : messages;
    super([{ field: 'file', messages: list }], list.length === 1 ? list[0] : `The file has ${list.length} problems: ${list.join(' ')}`);
  }
}

/** The file field's messages, and which limit was hit, so a client can show it beside the upload. */
const fileDetails = (messages: string[], limit?: ReadLimitName, allowed?: number) => [{ field: 'file', messages, ...(limit ? { limit, allowed } : {}) }];

/** 422: not the kind of file it says it is, damaged, or built to hurt (entities, absurd nesting). */
export class UnreadableFileError extends DomainError {
  constructor(messages: string[], limit?: ReadLimitName, allowed?: number) {
    super(ErrorCode.FileUnreadable, messages.join(' '), fileDetails(messages, limit, allowed));
  }
}

/** 413: bigger than a limit, counted while reading rather than taken from what the file says of itself. */
export class FileTooLargeError extends DomainError {
  constructor(messages: string[], limit: ReadLimitName, allowed?: number) {
    super(ErrorCode.FileTooLarge, messages.join(' '), fileDetails(messages, limit, allowed));
  }
}

export function errorOfProblem({ kind, messages, limit, allowed }: FileProblemData): DomainError {
  if (kind === 'too_large') return new FileTooLargeError(messages, limit ?? 'file_bytes', allowed);
  if (kind === 'unreadable') return new UnreadableFileError(messages, limit, allowed);
  return new FileProblemError(messages as [string, ...string[]]);
}

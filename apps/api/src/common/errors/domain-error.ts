import { ErrorCode, type FieldError } from '@steerline/contracts';

/** An error the product expects and can explain to the user; the filter maps its code to an HTTP status. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export class ValidationFailedError extends DomainError {
  constructor(details: FieldError[], message = 'Some of the information given is not valid.') {
    super(ErrorCode.ValidationFailed, message, details);
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string) {
    super(ErrorCode.NotFound, `${what} was not found.`);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'You do not have permission to do that.') {
    super(ErrorCode.Forbidden, message);
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'Sign in to continue.') {
    super(ErrorCode.Unauthenticated, message);
  }
}

export class StaleVersionError extends DomainError {
  constructor(what: string, current: unknown) {
    super(ErrorCode.StaleVersion, `${what} was changed by someone else. Reload it to see their change.`, { current });
  }
}

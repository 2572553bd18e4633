import { ErrorCode } from '@steerline/contracts';

export const STATUS_BY_CODE: Record<ErrorCode, number> = {
  validation_failed: 400,
  malformed_json: 400,
  payload_too_large: 413,
  file_too_large: 413,
  file_unreadable: 422,
  file_type_refused: 415,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  stale_version: 409,
  rule_broken: 422,
  dependency_cycle: 409,
  cycle_signed_off: 409,
  attachment_being_checked: 409,
  attachment_infected: 410,
  too_many_attempts: 429,
  password_sign_in_off: 403,
  no_sign_in_pending: 401,
  invalid_code: 401,
  link_unknown: 404,
  link_used: 410,
  link_expired: 410,
  link_superseded: 410,
  link_withdrawn: 410,
  database_unavailable: 503,
  not_ready: 503,
  internal_error: 500,
};

/** Codes for Nest's own HTTP exceptions (unknown route, health checks failing) and body-parser's errors. */
export function codeForStatus(status: number): ErrorCode {
  switch (status) {
    case 400: return ErrorCode.ValidationFailed;
    case 401: return ErrorCode.Unauthenticated;
    case 403: return ErrorCode.Forbidden;
    case 404: return ErrorCode.NotFound;
    case 409: return ErrorCode.Conflict;
    case 413: return ErrorCode.PayloadTooLarge;
    case 429: return ErrorCode.TooManyAttempts;
    case 503: return ErrorCode.NotReady;
    default: return status >= 500 ? ErrorCode.Internal : ErrorCode.ValidationFailed;
  }
}

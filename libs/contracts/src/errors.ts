/** Every error the API answers with has this body. */
export interface ErrorBody {
  error: {
    code: ErrorCode;
    message: string;
    details?: unknown;
    requestId?: string;
  };
}

export const ErrorCode = {
  ValidationFailed: 'validation_failed',
  MalformedJson: 'malformed_json',
  PayloadTooLarge: 'payload_too_large',
  /** An upload over one of the limits it is read within (its details name the limit). */
  FileTooLarge: 'file_too_large',
  /** An upload that is not what its name says, is damaged, or is built to hurt the reader. */
  FileUnreadable: 'file_unreadable',
  /** An upload whose content is not one of the kinds of file accepted (checked from the bytes, not the name). */
  FileTypeRefused: 'file_type_refused',
  Unauthenticated: 'unauthenticated',
  InvalidCredentials: 'invalid_credentials',
  Forbidden: 'forbidden',
  NotFound: 'not_found',
  Conflict: 'conflict',
  StaleVersion: 'stale_version',
  /** Well-formed input that breaks a rule of the data (a body reporting to itself through others); details name the field. */
  RuleBroken: 'rule_broken',
  /** A "blocked by" link that would make actions wait on each other in a circle; details give the path of references. */
  DependencyCycle: 'dependency_cycle',
  /** The review cycle is signed off: nothing in it may change. */
  CycleSignedOff: 'cycle_signed_off',
  /** The file is still being checked for viruses: it can be downloaded once the scan is done. */
  AttachmentBeingChecked: 'attachment_being_checked',
  /** The virus scan found something in the file: it was refused and its content deleted. */
  AttachmentInfected: 'attachment_infected',
  TooManyAttempts: 'too_many_attempts',
  /** PASSWORD_SIGN_IN does not let this person sign in with a password: single sign-on is the way in. */
  PasswordSignInOff: 'password_sign_in_off',
  /** A two-factor step asked for with no password sign-in waiting for it (or one that has expired). */
  NoSignInPending: 'no_sign_in_pending',
  /** The authenticator code or recovery code is wrong, used already, or out of date. */
  InvalidCode: 'invalid_code',
  /** A set-password link nobody issued (mistyped, cut short, or made up). */
  LinkUnknown: 'link_unknown',
  /** A set-password link that has been used already: each works once. */
  LinkUsed: 'link_used',
  LinkExpired: 'link_expired',
  /** A newer link was sent to the same person; only the newest works. */
  LinkSuperseded: 'link_superseded',
  /** The person's account was deactivated after the link was sent. */
  LinkWithdrawn: 'link_withdrawn',
  DatabaseUnavailable: 'database_unavailable',
  NotReady: 'not_ready',
  Internal: 'internal_error',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** One field's problems, as listed in `details` of a validation_failed error. */
export interface FieldError {
  field: string;
  messages: string[];
}

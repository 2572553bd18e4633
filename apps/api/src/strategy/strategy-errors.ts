import { ErrorCode } from '@steerline/contracts';
import { DomainError, ValidationFailedError } from '../common/errors/domain-error.js';

/** A name or number another record already holds: a 409 that names the field, so the form shows it beside it. */
export const taken = (field: string, message: string) => new DomainError(ErrorCode.Conflict, `${message}.`, [{ field, messages: [message] }]);

export const fieldProblem = (field: string, message: string) => new ValidationFailedError([{ field, messages: [message] }]);

/** Priorities, bodies and segments belong to the strategy, so it comes first. */
export const noStrategyYet = (what: string) =>
  new DomainError(ErrorCode.Conflict, `Set up the strategy before adding ${what}.`);

export const alreadyRetired = (what: string) => new DomainError(ErrorCode.Conflict, `${what} is already retired.`);

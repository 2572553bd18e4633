import { type ArgumentMetadata, ValidationPipe, type ValidationError } from '@nestjs/common';
import type { FieldError } from '@steerline/contracts';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { ValidationFailedError } from '../errors/domain-error.js';
import { assertSafeInput } from './unsafe-input.js';

const VALIDATOR_OPTIONS = { whitelist: true, forbidNonWhitelisted: true } as const;

/** Flattens class-validator's tree into one entry per field, with dotted paths for nested objects. */
export function toFieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, messages: Object.values(error.constraints) }] : [];
    return [...own, ...toFieldErrors(error.children ?? [], field)];
  });
}

/** Refuses over-deep and NUL-carrying bodies and query strings before the DTO checks run. */
class SafeValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' || metadata.type === 'query') assertSafeInput(value);
    return super.transform(value, metadata);
  }
}

/** The global pipe: every body and query string is checked against its DTO, unknown fields refused. */
export const createValidationPipe = () =>
  new SafeValidationPipe({
    ...VALIDATOR_OPTIONS,
    transform: true,
    exceptionFactory: (errors) => new ValidationFailedError(toFieldErrors(errors)),
  });

/** The same check, for the rare place that runs before the pipe (a guard). */
export function validateBody<T extends object>(dto: new () => T, body: unknown): T {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new ValidationFailedError([], 'The request body must be a JSON object.');
  }
  assertSafeInput(body);
  const instance = plainToInstance(dto, body);
  const errors = validateSync(instance, VALIDATOR_OPTIONS);
  if (errors.length > 0) throw new ValidationFailedError(toFieldErrors(errors));
  return instance;
}

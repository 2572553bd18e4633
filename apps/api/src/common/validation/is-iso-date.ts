import { registerDecorator, type ValidationOptions } from 'class-validator';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date written `YYYY-MM-DD` (so 2026-02-30 is refused), years 1000 to 9999. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !ISO_DATE.test(value) || value < '1000') return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export const IsIsoDate = (options?: ValidationOptions): PropertyDecorator => (target, propertyName) =>
  registerDecorator({
    name: 'isIsoDate',
    target: target.constructor,
    propertyName: String(propertyName),
    options: { message: `${String(propertyName)} must be a real date written YYYY-MM-DD, like 2026-12-31`, ...options },
    validator: { validate: isIsoDate },
  });

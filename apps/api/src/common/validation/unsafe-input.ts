import type { FieldError } from '@steerline/contracts';
import { ValidationFailedError } from '../errors/domain-error.js';

/** Deeper than any request of this API needs; class-transformer recurses, so a deeper body would overflow the stack. */
export const MAX_INPUT_DEPTH = 16;

const LONE_SURROGATE = /\p{Cs}/u;

const textProblem = (text: string, what: string): string | null => {
  if (text.includes('\u0000')) return `${what} must not contain the NUL character`;
  if (LONE_SURROGATE.test(text)) return `${what} must be valid Unicode text`;
  return null;
};

/**
 * What no DTO can take safely, found before class-transformer runs: nesting deeper than MAX_INPUT_DEPTH, the NUL
 * character (PostgreSQL text cannot store it) and lone UTF-16 surrogates (not text at all: validator's isEmail throws
 * on them, and PostgreSQL would store U+FFFD instead). Walks iteratively, so the check itself cannot overflow.
 */
export function findUnsafeInput(value: unknown): FieldError | null {
  const pending: { value: unknown; field: string; depth: number }[] = [{ value, field: '', depth: 0 }];
  while (pending.length > 0) {
    const { value: current, field, depth } = pending.pop()!;
    if (typeof current === 'string') {
      const problem = textProblem(current, field || 'The request');
      if (problem) return { field: field || 'body', messages: [problem] };
      continue;
    }
    if (current === null || typeof current !== 'object') continue;
    if (depth >= MAX_INPUT_DEPTH) return { field: field || 'body', messages: [`The request is nested more than ${MAX_INPUT_DEPTH} levels deep`] };
    for (const [key, child] of Object.entries(current)) {
      const path = field ? `${field}.${key}` : key;
      const problem = textProblem(key, 'A field name');
      if (problem) return { field: path, messages: [problem] };
      pending.push({ value: child, field: path, depth: depth + 1 });
    }
  }
  return null;
}

export function assertSafeInput(value: unknown): void {
  const problem = findUnsafeInput(value);
  if (problem) throw new ValidationFailedError([problem]);
}

import { ErrorCode } from '@steerline/contracts';
import type { NextFunction, Request, Response } from 'express';
import { DomainError } from '../common/errors/domain-error.js';

export interface JsonShapeLimits {
  maxDepth: number;
  maxArrayLength: number;
}

/** What is wrong with the shape of a parsed JSON body, if anything. Walked without recursion, so depth cannot overflow the stack. */
export function jsonShapeProblem(body: unknown, { maxDepth, maxArrayLength }: JsonShapeLimits): string | undefined {
  const pending: [unknown, number][] = [[body, 1]];
  while (pending.length > 0) {
    const [value, depth] = pending.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth > maxDepth) return `The request body is nested more than ${maxDepth} levels deep.`;
    if (Array.isArray(value) && value.length > maxArrayLength) return `A list in the request body has more than ${maxArrayLength.toLocaleString('en-GB')} items.`;
    for (const child of Object.values(value)) pending.push([child, depth + 1]);
  }
  return undefined;
}

/** Refuses JSON bodies deeper or wider than any form of the app sends, before validation walks them. */
export function limitJsonShape(limits: JsonShapeLimits) {
  return (request: Request, _response: Response, next: NextFunction) => {
    const problem = request.is('application/json') ? jsonShapeProblem(request.body, limits) : undefined;
    next(problem ? new DomainError(ErrorCode.ValidationFailed, problem, [{ field: 'body', messages: [problem] }]) : undefined);
  };
}

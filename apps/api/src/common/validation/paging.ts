import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';

/**
 * Far past any real list, and low enough that the offset stays a safe integer: `1e300` is a JavaScript integer too,
 * and PostgreSQL would refuse it as an OFFSET.
 */
export const MAX_PAGE = 1_000_000;

const wholeNumber = (max: number) => [Type(() => Number), IsInt({ message: '$property must be a whole number' }), Min(1), Max(max)];

/** `?page=`: from 1 (the default) to MAX_PAGE. */
export const PageNumber = () => applyDecorators(ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE, default: 1 }), ...wholeNumber(MAX_PAGE));

/** `?pageSize=`: from 1 to `max`. */
export const PageSize = (defaultSize: number, max: number) =>
  applyDecorators(ApiPropertyOptional({ minimum: 1, maximum: max, default: defaultSize }), ...wholeNumber(max));

import { applyDecorators } from '@nestjs/common';
import { IsString, Matches, MaxLength, ValidateIf } from 'class-validator';

/** The field may be left out, but if it is sent it must pass the rules (null is not "left out"). */
export const IfPresent = () => ValidateIf((_object, value) => value !== undefined);

/** Text with at least one visible character and at most `max` characters. */
export const Text = (max: number, blankMessage: string) =>
  applyDecorators(
    IsString({ message: blankMessage }),
    Matches(/\S/, { message: blankMessage }),
    MaxLength(max, { message: `$property must be ${max} characters or fewer` }),
  );

/** Optional free text (may be empty), at most `max` characters. */
export const FreeText = (max: number) =>
  applyDecorators(IsString({ message: '$property must be text' }), MaxLength(max, { message: `$property must be ${max} characters or fewer` }));

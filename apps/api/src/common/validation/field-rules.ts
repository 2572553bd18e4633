import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsString, Matches, MaxLength, Min, ValidateBy, ValidateIf } from 'class-validator';

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

/** Trims surrounding spaces, so "  " counts as empty and names are stored tidy. */
export const Trimmed = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

/** Trims, and turns a blank optional field (as a form sends it) into null. */
export const BlankAsNull = () =>
  Transform(({ value }) => {
    if (typeof value !== 'string') return value;
    const trimmed = value.trim();
    return trimmed === '' ? null : trimmed;
  });

/** The version an edit was based on; a stale one is answered 409 with the current record. */
export const EditedVersion = (what = 'record') =>
  applyDecorators(
    ApiProperty({ description: 'The version the edit was based on' }),
    IsInt({ message: `version must be the version of the ${what} you edited` }),
    Min(1),
  );

/**
 * A finite number with at most `places` decimal places. (class-validator's `maxDecimalPlaces` throws a TypeError on
 * numbers written with an exponent, such as 1e-7, which made the API answer 500.)
 */
export const IsDecimal = (places: number, message: string) =>
  ValidateBy(
    {
      name: 'isDecimal',
      validator: {
        validate: (value: unknown) => typeof value === 'number' && Number.isFinite(value) && Number(value.toFixed(places)) === value,
      },
    },
    { message },
  );

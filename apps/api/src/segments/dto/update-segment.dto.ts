import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { UpdateSegmentRequest } from '@steerline/contracts';
import { IsBoolean, IsInt, IsNumber, IsString, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { SHARE_MESSAGE } from './create-segment.dto.js';
import { Trimmed } from './text-transforms.js';

const given = (_: object, value: unknown) => value !== undefined;

export class UpdateSegmentDto implements UpdateSegmentRequest {
  @ApiProperty({ description: 'The version the edit was based on' })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiPropertyOptional()
  @ValidateIf(given)
  @Trimmed()
  @IsString()
  @MinLength(1, { message: "Enter the segment's name" })
  @MaxLength(200, { message: "The segment's name must be 200 characters or fewer" })
  name?: string;

  @ApiPropertyOptional({ minimum: 0, maximum: 100 })
  @ValidateIf(given)
  @IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false }, { message: SHARE_MESSAGE })
  @Min(0, { message: SHARE_MESSAGE })
  @Max(100, { message: SHARE_MESSAGE })
  householdShare?: number;

  @ApiPropertyOptional()
  @ValidateIf(given)
  @IsBoolean({ message: 'Say whether the segment has a very low propensity to self-serve (true or false)' })
  veryLowPropensity?: boolean;
}

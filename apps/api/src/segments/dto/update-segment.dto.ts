import { ApiPropertyOptional } from '@nestjs/swagger';
import type { UpdateSegmentRequest } from '@steerline/contracts';
import { IsBoolean, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { SHARE_MESSAGE } from './create-segment.dto.js';
import { EditedVersion, FreeText, IfPresent, IsDecimal, Trimmed } from '../../common/validation/field-rules.js';

export class UpdateSegmentDto implements UpdateSegmentRequest {
  @EditedVersion('segment')
  version!: number;

  @ApiPropertyOptional()
  @IfPresent()
  @Trimmed()
  @IsString()
  @MinLength(1, { message: "Enter the segment's name" })
  @MaxLength(200, { message: "The segment's name must be 200 characters or fewer" })
  name?: string;

  @ApiPropertyOptional({ minimum: 0, maximum: 100 })
  @IfPresent()
  @IsDecimal(2, SHARE_MESSAGE)
  @Min(0, { message: SHARE_MESSAGE })
  @Max(100, { message: SHARE_MESSAGE })
  householdShare?: number;

  @ApiPropertyOptional()
  @IfPresent()
  @IsBoolean({ message: 'Say whether the segment has a very low propensity to self-serve (true or false)' })
  veryLowPropensity?: boolean;

  @ApiPropertyOptional({ maxLength: 4000 })
  @IfPresent()
  @Trimmed()
  @FreeText(4000)
  description?: string;
}
